profile "CSO CLUB MANAGER"
{
    Caption = 'Club Manager';
    ProfileDescription = 'Manages members, loyalty points, vouchers and service orders for the club.';
    RoleCenter = "CSO Club Manager RC";
    Customizations = "CSO Simple Customer Card", "CSO Simple Member List";
    Enabled = true;
    Promoted = true;
}

profile "CSO FRONT DESK"
{
    Caption = 'Front Desk';
    ProfileDescription = 'Registers visits and handles walk-in members at the front desk.';
    RoleCenter = "CSO Club Manager RC";
    Customizations = "CSO Simple Member List", "CSO Counter Item Card";
    Enabled = true;
    Promoted = false;
}

profile "CSO SERVICE TECHNICIAN"
{
    Caption = 'Service Technician (Club)';
    ProfileDescription = 'Works on service orders for club equipment.';
    RoleCenter = "CSO Club Manager RC";
#if not CLEAN24
    Enabled = true;
#else
    Enabled = false;
#endif
}

pagecustomization "CSO Front Desk Member Card" customizes "CSO Club Member Card"
{
    layout
    {
        modify(Financial)
        {
            Visible = false;
        }
        modify("Salesperson Code")
        {
            Visible = false;
        }
        modify("Last Date Modified")
        {
            Visible = false;
        }
        moveafter(Name; "Phone No.")
    }

    actions
    {
        modify(RecalculateLevel)
        {
            Visible = false;
        }
        modify(MemberStatement)
        {
            Visible = false;
        }
    }
}

profile "CSO FRONT DESK LITE"
{
    Caption = 'Front Desk (Lite)';
    ProfileDescription = 'A reduced front desk role for seasonal staff.';
    RoleCenter = "CSO Club Manager RC";
    Customizations = "CSO Front Desk Member Card";
    Enabled = true;
}
