// The background task: asks the vendor's catalogue for one item's price.
// Sleep stands in for the 300 ms the catalogue takes to answer.
codeunit 50400 "Get Vendor Price"
{
    trigger OnRun()
    var
        CatalogPrice: Record "Vendor Catalog Price";
        Result: Dictionary of [Text, Text];
    begin
        Sleep(300);
        CatalogPrice.Get(Page.GetBackgroundParameters().Get('ItemNo'));
        Result.Add('ItemNo', CatalogPrice."Item No.");
        Result.Add('Price', Format(CatalogPrice.Price, 0, 9));
        Page.SetBackgroundTaskResult(Result);
    end;
}
