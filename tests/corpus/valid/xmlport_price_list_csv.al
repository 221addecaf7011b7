xmlport 50301 "CSO Price List Import"
{
    Caption = 'Price List Import';
    Direction = Import;
    Format = VariableText;
    FieldDelimiter = '"';
    FieldSeparator = ';';
    RecordSeparator = '<NewLine>';
    TextEncoding = UTF8;
    UseRequestPage = false;

    schema
    {
        textelement(Root)
        {
            tableelement(PriceLine; "CSO Price Buffer")
            {
                AutoSave = false;
                AutoUpdate = false;
                AutoReplace = false;
                UseTemporary = true;
                XmlName = 'PriceLine';

                fieldelement(ItemNo; PriceLine."Item No.")
                {
                    FieldValidate = No;
                }
                fieldelement(VariantCode; PriceLine."Variant Code")
                {
                    MinOccurs = Zero;
                }
                textelement(UnitPriceTxt)
                {
                    trigger OnAfterAssignVariable()
                    begin
                        UnitPriceTxt := DelChr(UnitPriceTxt, '=', ' ');
                        if not Evaluate(PriceLine."Unit Price", UnitPriceTxt) then
                            AddError(StrSubstNo(InvalidPriceErr, UnitPriceTxt, LineNo));
                    end;
                }
                fieldelement(CurrencyCode; PriceLine."Currency Code")
                {
                    MinOccurs = Zero;
                }
                textelement(StartingDateTxt)
                {
                    MinOccurs = Zero;

                    trigger OnAfterAssignVariable()
                    begin
                        if StartingDateTxt = '' then
                            PriceLine."Starting Date" := 0D
                        else
                            if not Evaluate(PriceLine."Starting Date", StartingDateTxt, 9) then
                                AddError(StrSubstNo(InvalidDateErr, StartingDateTxt, LineNo));
                    end;
                }
                textelement(MemberOnlyTxt)
                {
                    MinOccurs = Zero;

                    trigger OnAfterAssignVariable()
                    begin
                        PriceLine."Members Only" := UpperCase(MemberOnlyTxt) in ['1', 'Y', 'YES', 'TRUE', 'X'];
                    end;
                }

                trigger OnAfterInitRecord()
                begin
                    LineNo += 1;
                    if SkipHeader and (LineNo = 1) then
                        currXMLport.Skip();
                end;

                trigger OnBeforeInsertRecord()
                begin
                    if PriceLine."Item No." = '' then
                        currXMLport.Skip();
                    PriceLine."Line No." := LineNo;
                    TempImported := PriceLine;
                    TempImported.Insert();
                end;
            }
        }
    }

    trigger OnInitXmlPort()
    begin
        SkipHeader := true;
    end;

    trigger OnPostXmlPort()
    var
        PriceMgt: Codeunit "CSO Price Management";
    begin
        if Errors.Count() > 0 then
            ShowErrors()
        else
            PriceMgt.ApplyPrices(TempImported);
    end;

    var
        TempImported: Record "CSO Price Buffer" temporary;
        Errors: List of [Text];
        LineNo: Integer;
        SkipHeader: Boolean;
        InvalidPriceErr: Label 'Invalid price "%1" on line %2.', Comment = '%1 = value, %2 = line number';
        InvalidDateErr: Label 'Invalid date "%1" on line %2.', Comment = '%1 = value, %2 = line number';

    local procedure AddError(ErrorText: Text)
    begin
        if Errors.Count() < 50 then
            Errors.Add(ErrorText);
    end;

    local procedure ShowErrors()
    var
        ErrorText: Text;
        AllErrors: TextBuilder;
    begin
        foreach ErrorText in Errors do
            AllErrors.AppendLine(ErrorText);
        Error(AllErrors.ToText());
    end;

    procedure SetSkipHeader(NewSkipHeader: Boolean)
    begin
        SkipHeader := NewSkipHeader;
    end;

    procedure GetImported(var TempPriceBuffer: Record "CSO Price Buffer" temporary)
    begin
        TempPriceBuffer.Copy(TempImported, true);
    end;
}

codeunit 50302 "CSO Price Import Runner"
{
    procedure ImportFromStream(var InStr: InStream; SkipHeader: Boolean): Integer
    var
        TempPriceBuffer: Record "CSO Price Buffer" temporary;
        PriceImport: XmlPort "CSO Price List Import";
    begin
        PriceImport.SetSource(InStr);
        PriceImport.SetSkipHeader(SkipHeader);
        PriceImport.Import();
        PriceImport.GetImported(TempPriceBuffer);
        exit(TempPriceBuffer.Count());
    end;

    procedure ExportMembers(IncludeEntries: Boolean) FileName: Text
    var
        TempBlob: Codeunit "Temp Blob";
        MemberExport: XmlPort "CSO Member Export";
        OutStr: OutStream;
        InStr: InStream;
    begin
        TempBlob.CreateOutStream(OutStr, TextEncoding::UTF8);
        MemberExport.SetOptions(IncludeEntries, 0D);
        MemberExport.SetDestination(OutStr);
        MemberExport.Export();
        TempBlob.CreateInStream(InStr, TextEncoding::UTF8);
        FileName := 'members.xml';
        DownloadFromStream(InStr, 'Export Members', '', 'XML files (*.xml)|*.xml', FileName);
    end;

    procedure UploadAndImport()
    var
        InStr: InStream;
        FileName: Text;
    begin
        if not UploadIntoStream('Select price list', '', 'CSV files (*.csv)|*.csv', FileName, InStr) then
            exit;
        Message('%1 price lines read from %2.', ImportFromStream(InStr, true), FileName);
    end;
}
