pagecustomization "CSO Simple Customer Card" customizes "Customer Card"
{
    layout
    {
        modify("Search Name")
        {
            Visible = false;
        }
        modify("IC Partner Code")
        {
            Visible = false;
        }
        modify("Disable Search by Name")
        {
            Visible = false;
        }
        modify("Credit Limit (LCY)")
        {
            Importance = Promoted;
        }
        moveafter(Name; "Phone No.")
        movefirst(General; "No.")
    }

    actions
    {
        modify(ApprovalEntries)
        {
            Visible = false;
        }
        modify(SendApprovalRequest)
        {
            Visible = false;
        }
        modify(CancelApprovalRequest)
        {
            Visible = false;
        }
    }
}

pagecustomization "CSO Simple Member List" customizes "CSO Club Member List"
{
    layout
    {
        modify(City)
        {
            Visible = false;
        }
        modify("Last Visit Date")
        {
            Visible = true;
        }
        movebefore(Name; "Membership Level")
    }

    actions
    {
        modify(BlockSelected)
        {
            Visible = false;
        }
        modify(ExportMembers)
        {
            Visible = false;
        }
    }
}

pagecustomization "CSO Counter Item Card" customizes "Item Card"
{
    layout
    {
        modify("Costs & Posting")
        {
            Visible = false;
        }
        modify(Warehouse)
        {
            Visible = false;
        }
        modify("Unit Price")
        {
            Importance = Promoted;
        }
        modify("CSO Certification")
        {
            Visible = true;
        }
        moveafter(Description; "Unit Price")
        movelast(Item; Blocked)
    }

    actions
    {
        modify(Attributes)
        {
            Visible = false;
        }
        moveafter(AdjustInventory; "Va&riants")
    }
}
