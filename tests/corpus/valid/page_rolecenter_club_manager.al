page 50135 "CSO Club Manager RC"
{
    Caption = 'Club Manager';
    PageType = RoleCenter;

    layout
    {
        area(RoleCenter)
        {
            part(Headline; "Headline RC Business Manager")
            {
                ApplicationArea = Basic, Suite;
            }
            part(Activities; "CSO Club Activities")
            {
                ApplicationArea = Basic, Suite;
            }
            part(MemberChart; "CSO Member Growth Chart")
            {
                ApplicationArea = Basic, Suite;
            }
            part(MyMembers; "CSO My Members")
            {
                ApplicationArea = Basic, Suite;
                Visible = false;
            }
            part(ReportInbox; "Report Inbox Part")
            {
                AccessByPermission = TableData "Report Inbox" = IMD;
                ApplicationArea = Basic, Suite;
            }
            systempart(MyNotes; MyNotes)
            {
                ApplicationArea = Basic, Suite;
            }
        }
    }

    actions
    {
        area(Embedding)
        {
            action(Members)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Members';
                RunObject = page "CSO Club Member List";
                ToolTip = 'View or edit club members.';
            }
            action(BlockedMembers)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Blocked';
                RunObject = page "CSO Club Member List";
                RunPageView = where(Blocked = const(true));
                ToolTip = 'View blocked members.';
            }
            action(ServiceOrders)
            {
                ApplicationArea = Service;
                Caption = 'Service Orders';
                RunObject = page "CSO Service Order List";
                ToolTip = 'View service orders.';
            }
        }
        area(Sections)
        {
            group(MembershipGroup)
            {
                Caption = 'Membership';
                Image = Customer;

                action(MemberList)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Members';
                    RunObject = page "CSO Club Member List";
                    ToolTip = 'Open the list of members.';
                }
                action(MemberJournal)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Member Journals';
                    RunObject = page "CSO Member Journal";
                    ToolTip = 'Register visits, fees and purchases.';
                }
                action(LedgerEntries)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Member Ledger Entries';
                    RunObject = page "CSO Member Ledger Entries";
                    ToolTip = 'View all posted member entries.';
                }
            }
            group(SetupGroup)
            {
                Caption = 'Setup';
                Image = Setup;

                action(ClubSetup)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Club Setup';
                    RunObject = page "CSO Club Setup";
                    ToolTip = 'Configure the club application.';
                }
                action(ShippingAgents)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Shipping Agents';
                    RunObject = page "Shipping Agents";
                    ToolTip = 'Set up shipping agents.';
                }
            }
        }
        area(Creation)
        {
            action(NewMember)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'New Member';
                Image = NewCustomer;
                RunObject = page "CSO Club Member Card";
                RunPageMode = Create;
                ToolTip = 'Register a new club member.';
            }
            action(NewServiceOrder)
            {
                ApplicationArea = Service;
                Caption = 'Service Order';
                Image = Document;
                RunObject = page "CSO Service Order";
                RunPageMode = Create;
                ToolTip = 'Create a new service order.';
            }
        }
        area(Processing)
        {
            group(Tasks)
            {
                Caption = 'Tasks';

                action(RenewMemberships)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Renew Memberships';
                    Ellipsis = true;
                    Image = Recalculate;
                    RunObject = report "CSO Renew Memberships";
                    ToolTip = 'Renew memberships that expire in the selected period.';
                }
                action(ImportPrices)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Import Price List';
                    Image = Import;
                    RunObject = xmlport "CSO Price List Import";
                    ToolTip = 'Import a price list from a CSV file.';
                }
            }
        }
        area(Reporting)
        {
            action(MemberStatement)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Member Statement';
                Image = Report;
                RunObject = report "CSO Member Statement";
                ToolTip = 'Print member statements.';
            }
            action(TopMembers)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Top Members';
                Image = Report;
                RunObject = query "CSO Sales by Member";
                ToolTip = 'Show the members with the highest spending.';
            }
        }
    }
}
