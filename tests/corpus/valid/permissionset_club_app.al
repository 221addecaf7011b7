namespace Contoso.Club.Permissions;

using Contoso.Club.Members;
using Contoso.Club.Setup;

permissionset 50310 "CSO Club - Objects"
{
    Access = Internal;
    Assignable = false;
    Caption = 'Club - Objects', Locked = true;

    Permissions = table "CSO Club Member" = X,
                  table "CSO Club Setup" = X,
                  table "CSO Member Ledger Entry" = X,
                  table "CSO Points Buffer" = X,
                  table "CSO Club Cue" = X,
                  table "CSO Service Order Header" = X,
                  table "CSO Service Order Line" = X,
                  codeunit "CSO Member Jnl.-Post Line" = X,
                  codeunit "CSO Service Order Mgt." = X,
                  codeunit "CSO Club Install" = X,
                  codeunit "CSO Club Upgrade" = X,
                  codeunit "CSO Club Cache" = X,
                  codeunit "CSO Discount Engine" = X,
                  codeunit "CSO Membership Renewal" = X,
                  page "CSO Club Member Card" = X,
                  page "CSO Club Member List" = X,
                  page "CSO Member Journal" = X,
                  page "CSO Club Manager RC" = X,
                  page "CSO API Member" = X,
                  report "CSO Member Statement" = X,
                  report "CSO Renew Memberships" = X,
                  report "CSO Service Work Order" = X,
                  query "CSO Sales by Member" = X,
                  query "CSO API Item Movements" = X,
                  xmlport "CSO Member Export" = X,
                  xmlport "CSO Price List Import" = X;
}

permissionset 50311 "CSO Club - Read"
{
    Assignable = true;
    Caption = 'Club - Read';
    IncludedPermissionSets = "CSO Club - Objects";

    Permissions = tabledata "CSO Club Member" = R,
                  tabledata "CSO Club Setup" = R,
                  tabledata "CSO Member Ledger Entry" = R,
                  tabledata "CSO Club Cue" = R,
                  tabledata "CSO Service Order Header" = R,
                  tabledata "CSO Service Order Line" = R;
}

permissionset 50312 "CSO Club - Edit"
{
    Assignable = true;
    Caption = 'Club - Edit';
    IncludedPermissionSets = "CSO Club - Read";

    Permissions = tabledata "CSO Club Member" = IMD,
                  tabledata "CSO Club Cue" = IMD,
                  tabledata "CSO Service Order Header" = IMD,
                  tabledata "CSO Service Order Line" = IMD,
                  tabledata "CSO Member Ledger Entry" = rim,
                  tabledata "CSO Points Buffer" = RIMD;
}

permissionset 50313 "CSO Club - Admin"
{
    Assignable = true;
    Caption = 'Club - Administrator';
    IncludedPermissionSets = "CSO Club - Edit",
                             "CSO Club - Read";
    ExcludedPermissionSets = "CSO Club - Restricted";

    Permissions = tabledata "CSO Club Setup" = RIMD,
                  tabledata "CSO Member Ledger Entry" = RIMD,
                  system "Tools, Zoom" = X;
}

permissionset 50314 "CSO Club - Restricted"
{
    Assignable = false;
    Caption = 'Club - Restricted';

    Permissions = tabledata "CSO Member Ledger Entry" = D;
}

permissionsetextension 50315 "CSO D365 Basic Ext." extends "D365 BASIC"
{
    Permissions = tabledata "CSO Club Member" = R,
                  tabledata "CSO Club Cue" = RIMD,
                  tabledata "CSO Club Setup" = R;
}

permissionsetextension 50316 "CSO D365 Read Ext." extends "D365 READ"
{
    IncludedPermissionSets = "CSO Club - Read";
}

permissionsetextension 50317 "CSO D365 Team Member Ext." extends "D365 TEAM MEMBER"
{
    Permissions = tabledata "CSO Club Member" = RM,
                  tabledata "CSO Member Ledger Entry" = R,
                  tabledata "CSO Service Order Header" = RM,
                  tabledata "CSO Service Order Line" = RIMD;
}
