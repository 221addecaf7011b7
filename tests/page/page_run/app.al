// Page.Run from AL code opens the page in the client (on the record given,
// or where a page variable's SetRecord put it); close goes back to the page
// that was in front before.
page 50470 Launcher
{
    PageType = Card;
    layout { area(Content) { } }
    actions
    {
        area(Processing)
        {
            action(ShowCustomer)
            {
                trigger OnAction()
                var
                    Cust: Record Customer;
                begin
                    Cust.Get('C20000');
                    Page.Run(Page::"Customer Card", Cust);
                end;
            }
            action(ShowList)
            {
                trigger OnAction()
                var
                    L: Page "Customer List";
                begin
                    L.Run();
                end;
            }
        }
    }
}
