// A first program for alrun: totals of a small invoice with exact
// Decimal arithmetic, a Dictionary per VAT rate, and an error caught by a
// TryFunction.  Run it with:  alrun run samples/hello
codeunit 50000 "Invoice Totals"
{
    trigger OnRun()
    var
        Lines: List of [Text];
        NetByRate: Dictionary of [Decimal, Decimal];
        Line, Item : Text;
        Parts: List of [Text];
        Qty: Integer;
        Price, Rate, Net, Total, Vat : Decimal;
    begin
        Lines.Add('Bicycle;1;1299.00;25');
        Lines.Add('Helmet;2;49.95;25');
        Lines.Add('Map;3;4.10;0');

        foreach Line in Lines do begin
            Parts := Line.Split(';');
            Item := Parts.Get(1);
            Evaluate(Qty, Parts.Get(2));
            Evaluate(Price, Parts.Get(3), 9);
            Evaluate(Rate, Parts.Get(4));
            Net := Qty * Price;
            Message('%1 x %2 @ %3 = %4', Qty, Item, Format(Price, 0, '<Precision,2:2><Standard Format,0>'), Format(Net, 0, '<Precision,2:2><Standard Format,0>'));
            if NetByRate.ContainsKey(Rate) then
                NetByRate.Set(Rate, NetByRate.Get(Rate) + Net)
            else
                NetByRate.Add(Rate, Net);
        end;

        foreach Rate in NetByRate.Keys() do begin
            Vat := Round(NetByRate.Get(Rate) * Rate / 100, 0.01);
            Message('VAT %1%: %2 on %3', Rate, Format(Vat, 0, '<Precision,2:2><Standard Format,0>'), Format(NetByRate.Get(Rate), 0, '<Precision,2:2><Standard Format,0>'));
            Total += NetByRate.Get(Rate) + Vat;
        end;
        Message('Total: %1', Format(Total, 0, '<Precision,2:2><Standard Format,0>'));

        if not TryParseQuantity('three') then
            Message('Not a quantity: %1', GetLastErrorText());
    end;

    [TryFunction]
    local procedure TryParseQuantity(Value: Text)
    var
        Qty: Integer;
    begin
        Evaluate(Qty, Value);
    end;
}
