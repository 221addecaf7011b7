/* tests/unit/test_parser.c — the grammar (grammar/parser.y): one AST dump
 * assertion per construct, objects, members, types, statements and the
 * operator precedence measured on the AL compiler. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include "tests/unit/testutil.h"

TestSuite(parser, .init = al_test_setup);

#define EXPR(src, want) cr_assert(eq(str, (char *)al_test_expr(src), (char *)(want)))
#define STMT(src, want) cr_assert(eq(str, (char *)al_test_stmt(src), (char *)(want)))
#define UNIT(src, want) cr_assert(eq(str, (char *)al_test_unit(src), (char *)(want)))

/* ================================================================ objects */

Test(parser, empty_file_is_an_empty_unit)
{
    UNIT("", "(unit)");
    UNIT("// only a comment\n", "(unit)");
}

Test(parser, table_with_fields_keys_and_fieldgroups)
{
    UNIT("table 50100 \"My Table\"\n"
         "{\n"
         "  fields { field(1; \"No.\"; Code[20]) { Caption = 'No.'; } }\n"
         "  keys { key(PK; \"No.\") { Clustered = true; } }\n"
         "  fieldgroups { fieldgroup(DropDown; \"No.\", Name) { } }\n"
         "}",
         "(unit (table 50100 \"My Table\""
         " (section fields (element field (args 1) (args \"No.\") (args (index Code 20)) (property Caption 'No.')))"
         " (section keys (element key (args PK) (args \"No.\") (property Clustered true)))"
         " (section fieldgroups (element fieldgroup (args DropDown) (args \"No.\" Name)))))");
}

Test(parser, key_with_several_fields)
{
    UNIT("table 1 T { keys { key(K2; \"Posting Date\", \"Document No.\") { } } }",
         "(unit (table 1 T (section keys (element key (args K2) (args \"Posting Date\" \"Document No.\")))))");
}

Test(parser, table_triggers)
{
    UNIT("table 1 T { trigger OnInsert() begin Init(); end; }",
         "(unit (table 1 T (trigger OnInsert (params) (begin (call Init)))))");
}

Test(parser, field_trigger_inside_field)
{
    UNIT("table 1 T { fields { field(1; A; Integer) { trigger OnValidate() begin end; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args A) (args Integer)"
         " (trigger OnValidate (params) (begin))))))");
}

Test(parser, tableextension_extends_a_table)
{
    UNIT("tableextension 50100 CustExt extends Customer { }",
         "(unit (tableextension 50100 CustExt (extends Customer)))");
    UNIT("tableextension 50100 \"Cust Ext\" extends \"Sales Header\" { fields { field(50100; X; Integer) { } } }",
         "(unit (tableextension 50100 \"Cust Ext\" (extends \"Sales Header\")"
         " (section fields (element field (args 50100) (args X) (args Integer)))))");
}

Test(parser, page_layout_with_area_group_repeater_part_systempart_usercontrol)
{
    UNIT("page 50100 \"My Card\" {\n"
         "  PageType = Card;\n"
         "  SourceTable = Customer;\n"
         "  layout {\n"
         "    area(Content) {\n"
         "      group(General) { field(Name; Rec.Name) { } }\n"
         "      repeater(Lines) { field(\"No.\"; Rec.\"No.\") { } }\n"
         "      part(Lines2; \"Sub Page\") { SubPageLink = \"No.\" = field(\"No.\"); }\n"
         "      systempart(Notes; Notes) { }\n"
         "      usercontrol(Ctl; \"My Addin\") { }\n"
         "    }\n"
         "  }\n"
         "}",
         "(unit (page 50100 \"My Card\" (property PageType Card) (property SourceTable Customer)"
         " (section layout (element area (args Content)"
         " (element group (args General) (element field (args Name) (args (. Rec Name))))"
         " (element repeater (args Lines) (element field (args \"No.\") (args (. Rec \"No.\"))))"
         " (element part (args Lines2) (args \"Sub Page\") (property SubPageLink (= \"No.\" (call field \"No.\"))))"
         " (element systempart (args Notes) (args Notes))"
         " (element usercontrol (args Ctl) (args \"My Addin\"))))))");
}

Test(parser, page_actions_with_action_trigger_and_actionref)
{
    UNIT("page 1 P {\n"
         "  actions {\n"
         "    area(Processing) { action(Post) { Caption = 'Post'; trigger OnAction() begin Post(); end; } }\n"
         "    area(Promoted) { actionref(Post_Promoted; Post) { } }\n"
         "  }\n"
         "}",
         "(unit (page 1 P (section actions"
         " (element area (args Processing) (element action (args Post) (property Caption 'Post')"
         " (trigger OnAction (params) (begin (call Post)))))"
         " (element area (args Promoted) (element actionref (args Post_Promoted) (args Post))))))");
}

Test(parser, page_views)
{
    UNIT("page 1 P { views { view(Open) { Caption = 'Open'; Filters = where(Status = const(Open)); } } }",
         "(unit (page 1 P (section views (element view (args Open) (property Caption 'Open')"
         " (property Filters (call where (= Status (call const Open))))))))");
}

Test(parser, element_without_body)
{
    UNIT("pageextension 1 PE extends P { layout { movefirst(General; Name) } }",
         "(unit (pageextension 1 PE (extends P) (section layout (element movefirst (args General) (args Name)))))");
}

Test(parser, pageextension_addafter_modify_movefirst)
{
    UNIT("pageextension 50100 PE extends \"Customer Card\" {\n"
         "  layout {\n"
         "    addafter(Name) { field(X; Rec.X) { } }\n"
         "    modify(Name) { Visible = false; }\n"
         "    movefirst(General; Name)\n"
         "  }\n"
         "}",
         "(unit (pageextension 50100 PE (extends \"Customer Card\") (section layout"
         " (element addafter (args Name) (element field (args X) (args (. Rec X))))"
         " (element modify (args Name) (property Visible false))"
         " (element movefirst (args General) (args Name)))))");
}

Test(parser, pageextension_actions_addlast)
{
    UNIT("pageextension 1 PE extends P { actions { addlast(Processing) { action(A) { } } } }",
         "(unit (pageextension 1 PE (extends P) (section actions"
         " (element addlast (args Processing) (element action (args A))))))");
}

Test(parser, pagecustomization_customizes_a_page)
{
    UNIT("pagecustomization PC customizes \"Customer List\" { }",
         "(unit (pagecustomization PC (extends \"Customer List\")))");
}

Test(parser, codeunit_with_id_and_name)
{
    UNIT("codeunit 50100 C { }", "(unit (codeunit 50100 C))");
    UNIT("codeunit 50100 \"My Codeunit\" { }", "(unit (codeunit 50100 \"My Codeunit\"))");
}

Test(parser, object_type_word_is_case_insensitive)
{
    UNIT("CODEUNIT 1 C { }", "(unit (codeunit 1 C))");
    UNIT("Codeunit 1 C { }", "(unit (codeunit 1 C))");
    UNIT("PageExtension 1 P extends Q { }", "(unit (pageextension 1 P (extends Q)))");
}

Test(parser, object_followed_by_semicolon)
{
    UNIT("codeunit 1 C { };", "(unit (codeunit 1 C))");
}

Test(parser, codeunit_implements_interfaces)
{
    UNIT("codeunit 1 C implements I1, \"I Two\" { }",
         "(unit (codeunit 1 C (implements I1 \"I Two\")))");
}

Test(parser, codeunit_with_properties)
{
    UNIT("codeunit 1 C { Subtype = Test; TableNo = Customer; SingleInstance = true; }",
         "(unit (codeunit 1 C (property Subtype Test) (property TableNo Customer) (property SingleInstance true)))");
}

Test(parser, several_objects_in_one_file)
{
    UNIT("codeunit 1 A { }\ncodeunit 2 B { }", "(unit (codeunit 1 A) (codeunit 2 B))");
}

Test(parser, enum_implements_with_values)
{
    UNIT("enum 50100 E implements I1, I2 {\n"
         "  Extensible = true;\n"
         "  value(0; None) { Caption = 'None'; }\n"
         "  value(1; \"A B\") { }\n"
         "}",
         "(unit (enum 50100 E (implements I1 I2) (property Extensible true)"
         " (element value (args 0) (args None) (property Caption 'None'))"
         " (element value (args 1) (args \"A B\"))))");
}

Test(parser, enum_value_with_implementation_property)
{
    UNIT("enum 1 E implements I { value(0; A) { Implementation = I = \"A Impl\"; } }",
         "(unit (enum 1 E (implements I) (element value (args 0) (args A)"
         " (property Implementation (= I \"A Impl\")))))");
}

Test(parser, enumextension_extends_an_enum)
{
    UNIT("enumextension 50100 EE extends E { value(50100; New) { } }",
         "(unit (enumextension 50100 EE (extends E) (element value (args 50100) (args New))))");
}

Test(parser, interface_has_bodyless_procedures)
{
    UNIT("interface I { procedure A(x: Integer): Text; procedure B(); }",
         "(unit (interface I (procedure A (params (param x (type Integer))) (returns (type Text)))"
         " (procedure B (params))))");
}

Test(parser, interface_extends_several_interfaces)
{
    UNIT("interface I2 extends I, \"I 3\" { procedure C(); }",
         "(unit (interface I2 (extends I \"I 3\") (procedure C (params))))");
}

Test(parser, interface_with_access_property)
{
    UNIT("interface \"My I\" { Access = Public; procedure P(var R: Record Customer); }",
         "(unit (interface \"My I\" (property Access Public)"
         " (procedure P (params (var-param R (type Record Customer))))))");
}

Test(parser, report_dataset_requestpage_labels_rendering)
{
    UNIT("report 50100 R {\n"
         "  dataset {\n"
         "    dataitem(Cust; Customer) {\n"
         "      column(No; \"No.\") { }\n"
         "      dataitem(Line; \"Sales Line\") { DataItemLink = \"Sell-to Customer No.\" = field(\"No.\"); }\n"
         "    }\n"
         "  }\n"
         "  requestpage { layout { area(Content) { } } }\n"
         "  labels { TitleLbl = 'Title'; }\n"
         "  rendering { layout(RDLC) { Type = RDLC; LayoutFile = 'x.rdl'; } }\n"
         "}",
         "(unit (report 50100 R"
         " (section dataset (element dataitem (args Cust) (args Customer)"
         " (element column (args No) (args \"No.\"))"
         " (element dataitem (args Line) (args \"Sales Line\")"
         " (property DataItemLink (= \"Sell-to Customer No.\" (call field \"No.\"))))))"
         " (section requestpage (section layout (element area (args Content))))"
         " (section labels (property TitleLbl 'Title'))"
         " (section rendering (element layout (args RDLC) (property Type RDLC) (property LayoutFile 'x.rdl')))))");
}

Test(parser, report_label_with_comment_trailer)
{
    UNIT("report 1 R { labels { L = 'Total', Comment = 'c'; } }",
         "(unit (report 1 R (section labels (property L 'Total' (= Comment 'c')))))");
}

Test(parser, report_dataitem_trigger)
{
    UNIT("report 1 R { dataset { dataitem(C; Customer) { trigger OnAfterGetRecord() begin x += 1; end; } } }",
         "(unit (report 1 R (section dataset (element dataitem (args C) (args Customer)"
         " (trigger OnAfterGetRecord (params) (begin (+= x 1)))))))");
}

Test(parser, reportextension_adds_columns)
{
    UNIT("reportextension 50100 RE extends \"Customer List\" { dataset { add(Customer) { column(X; Rec.X) { } } } }",
         "(unit (reportextension 50100 RE (extends \"Customer List\") (section dataset"
         " (element add (args Customer) (element column (args X) (args (. Rec X)))))))");
}

Test(parser, query_elements_with_filter_element)
{
    UNIT("query 50100 Q {\n"
         "  QueryType = Normal;\n"
         "  elements {\n"
         "    dataitem(Cust; Customer) {\n"
         "      column(No; \"No.\") { }\n"
         "      filter(Blocked; Blocked) { }\n"
         "      column(Total; Amount) { Method = Sum; }\n"
         "    }\n"
         "  }\n"
         "}",
         "(unit (query 50100 Q (property QueryType Normal) (section elements"
         " (element dataitem (args Cust) (args Customer)"
         " (element column (args No) (args \"No.\"))"
         " (element filter (args Blocked) (args Blocked))"
         " (element column (args Total) (args Amount) (property Method Sum))))))");
}

Test(parser, query_dataitem_table_filter_property)
{
    UNIT("query 1 Q { elements { dataitem(C; Customer) { DataItemTableFilter = Blocked = filter(<> \" \"); } } }",
         "(unit (query 1 Q (section elements (element dataitem (args C) (args Customer)"
         " (property DataItemTableFilter (= Blocked (filter '<> \" \"')))))))");
}

Test(parser, xmlport_schema_elements)
{
    UNIT("xmlport 50100 X {\n"
         "  schema {\n"
         "    textelement(Root) {\n"
         "      tableelement(Cust; Customer) {\n"
         "        fieldelement(No; Cust.\"No.\") { }\n"
         "        textattribute(Kind) { }\n"
         "      }\n"
         "    }\n"
         "  }\n"
         "}",
         "(unit (xmlport 50100 X (section schema (element textelement (args Root)"
         " (element tableelement (args Cust) (args Customer)"
         " (element fieldelement (args No) (args (. Cust \"No.\")))"
         " (element textattribute (args Kind)))))))");
}

Test(parser, permissionset_with_permissions_list)
{
    UNIT("permissionset 50100 PS { Assignable = true; Permissions = tabledata Customer = RIMD, table Customer = X; }",
         "(unit (permissionset 50100 PS (property Assignable true)"
         " (property Permissions (juxt tabledata (= Customer RIMD)) (juxt table (= Customer X)))))");
}

Test(parser, permissionset_includes_list)
{
    UNIT("permissionset 1 PS { IncludedPermissionSets = \"D365 BASIC\", PS2; }",
         "(unit (permissionset 1 PS (property IncludedPermissionSets \"D365 BASIC\" PS2)))");
}

Test(parser, permissionsetextension_extends)
{
    UNIT("permissionsetextension 50100 PSE extends \"D365 BASIC\" { Permissions = codeunit C = X; }",
         "(unit (permissionsetextension 50100 PSE (extends \"D365 BASIC\") (property Permissions (juxt codeunit (= C X)))))");
}

Test(parser, profile_without_id)
{
    UNIT("profile MyProfile { RoleCenter = \"My RC\"; Customizations = PC; }",
         "(unit (profile MyProfile (property RoleCenter \"My RC\") (property Customizations PC)))");
}

Test(parser, profileextension_extends_a_profile)
{
    UNIT("profileextension PE extends MyProfile { Caption = 'X'; }",
         "(unit (profileextension PE (extends MyProfile) (property Caption 'X')))");
}

Test(parser, controladdin_with_events_and_procedures)
{
    UNIT("controladdin MyAddin {\n"
         "  Scripts = 'a.js', 'b.js';\n"
         "  RequestedHeight = 300;\n"
         "  event OnReady();\n"
         "  event OnData(Data: JsonObject; Count: Integer);\n"
         "  procedure Render(Html: Text);\n"
         "}",
         "(unit (controladdin MyAddin (property Scripts 'a.js' 'b.js') (property RequestedHeight 300)"
         " (event OnReady (params))"
         " (event OnData (params (param Data (type JsonObject)) (param Count (type Integer))))"
         " (procedure Render (params (param Html (type Text))))))");
}

Test(parser, entitlement_object)
{
    UNIT("entitlement MyEnt { Type = Role; RoleType = Delegated; ObjectEntitlements = PS1, PS2; }",
         "(unit (entitlement MyEnt (property Type Role) (property RoleType Delegated)"
         " (property ObjectEntitlements PS1 PS2)))");
}

Test(parser, dotnet_without_name)
{
    UNIT("dotnet { assembly(mscorlib) { type(System.DateTime; DateTime) { } } }",
         "(unit (dotnet (element assembly (args mscorlib)"
         " (element type (args (. System DateTime)) (args DateTime)))))");
}

Test(parser, dotnet_with_quoted_assembly)
{
    UNIT("dotnet { assembly(\"System.Xml\") { Culture = 'neutral'; type(\"System.Xml.XmlNode\"; XmlNode) { } } }",
         "(unit (dotnet (element assembly (args \"System.Xml\") (property Culture 'neutral')"
         " (element type (args \"System.Xml.XmlNode\") (args XmlNode)))))");
}

Test(parser, object_id_node_values)
{
    /* Largest valid object ID. */
    UNIT("codeunit 2147483647 C { }", "(unit (codeunit 2147483647 C))");
}

/* ======================================================== namespace/using */

Test(parser, namespace_and_using_lines)
{
    UNIT("namespace My.App.Sales;\n"
         "using System.Utilities;\n"
         "using Microsoft.Sales.Customer;\n"
         "codeunit 1 C { }",
         "(unit (namespace (. (. My App) Sales)) (using (. System Utilities))"
         " (using (. (. Microsoft Sales) Customer)) (codeunit 1 C))");
}

Test(parser, using_without_namespace)
{
    UNIT("using System;\ncodeunit 1 C { }", "(unit (using System) (codeunit 1 C))");
}

Test(parser, namespace_with_quoted_part)
{
    UNIT("namespace Contoso.\"My App\";", "(unit (namespace (. Contoso \"My App\")))");
}

Test(parser, extends_a_qualified_name)
{
    UNIT("tableextension 1 TE extends Microsoft.Sales.Customer.Customer { }",
         "(unit (tableextension 1 TE (extends (. (. (. Microsoft Sales) Customer) Customer))))");
}

/* ============================================================= properties */

Test(parser, property_with_a_list_of_values)
{
    UNIT("page 1 P { AdditionalSearchTerms = 'a', 'b', 'c'; }",
         "(unit (page 1 P (property AdditionalSearchTerms 'a' 'b' 'c')))");
}

Test(parser, caption_with_comment_locked_maxlength)
{
    UNIT("table 1 T { Caption = 'Tab', Comment = 'c', Locked = true, MaxLength = 30; }",
         "(unit (table 1 T (property Caption 'Tab' (= Comment 'c') (= Locked true) (= MaxLength 30))))");
}

Test(parser, option_members_with_blank_and_empty_members)
{
    UNIT("table 1 T { fields { field(1; Kind; Option) { OptionMembers = \" \",A,,\"B C\"; OptionCaption = ' ,A,,B C'; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args Kind) (args Option)"
         " (property OptionMembers \" \" A (empty) \"B C\") (property OptionCaption ' ,A,,B C')))))");
}

Test(parser, option_members_with_trailing_empty_member)
{
    UNIT("table 1 T { fields { field(1; K; Option) { OptionMembers = A,; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args K) (args Option)"
         " (property OptionMembers A (empty))))))");
}

Test(parser, calcformula_sum_with_where_field_const_filter_upperlimit)
{
    UNIT("table 1 T { fields { field(1; Bal; Decimal) {\n"
         "  FieldClass = FlowField;\n"
         "  CalcFormula = sum(\"Cust. Ledger Entry\".Amount where(\"Customer No.\" = field(\"No.\"),"
         " Open = const(true), Code = filter(<>''), \"Date\" = field(upperlimit(\"Date Filter\"))));\n"
         "  DecimalPlaces = 0 : 5;\n"
         "} } }",
         "(unit (table 1 T (section fields (element field (args 1) (args Bal) (args Decimal)"
         " (property FieldClass FlowField)"
         " (property CalcFormula (call sum (juxt (. \"Cust. Ledger Entry\" Amount) (call where"
         " (= \"Customer No.\" (call field \"No.\")) (= Open (call const true)) (= Code (filter '<>'''''))"
         " (= \"Date\" (call field (call upperlimit \"Date Filter\")))))))"
         " (property DecimalPlaces (pair 0 5))))))");
}

Test(parser, calcformula_exist_and_count)
{
    UNIT("table 1 T { fields { field(1; H; Boolean) { CalcFormula = exist(Comment where(\"No.\" = field(\"No.\"))); } "
         "field(2; N; Integer) { CalcFormula = count(Line); } } }",
         "(unit (table 1 T (section fields"
         " (element field (args 1) (args H) (args Boolean)"
         " (property CalcFormula (call exist (juxt Comment (call where (= \"No.\" (call field \"No.\")))))))"
         " (element field (args 2) (args N) (args Integer) (property CalcFormula (call count Line))))))");
}

Test(parser, calcformula_lookup_of_member)
{
    UNIT("table 1 T { fields { field(1; N; Text[100]) { CalcFormula = lookup(Customer.Name where(\"No.\" = field(\"Cust No.\"))); } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args N) (args (index Text 100))"
         " (property CalcFormula (call lookup (juxt (. Customer Name) (call where (= \"No.\" (call field \"Cust No.\"))))))))))");
}

Test(parser, tablerelation_plain_and_with_field)
{
    UNIT("table 1 T { fields { field(1; C; Code[20]) { TableRelation = Customer; } "
         "field(2; D; Code[20]) { TableRelation = \"Ship-to Address\".Code where(\"Customer No.\" = field(C)); } } }",
         "(unit (table 1 T (section fields"
         " (element field (args 1) (args C) (args (index Code 20)) (property TableRelation Customer))"
         " (element field (args 2) (args D) (args (index Code 20))"
         " (property TableRelation (juxt (. \"Ship-to Address\" Code) (call where (= \"Customer No.\" (call field C)))))))))");
}

Test(parser, tablerelation_if_else_if_where_with_comma_conditions)
{
    UNIT("table 1 T { fields { field(1; X; Code[20]) { TableRelation ="
         " if (Type = const(Item)) Item where(Blocked = const(false))"
         " else if (Type = const(Res), Kind = const(A)) Resource"
         " else \"G/L Account\"; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args X) (args (index Code 20))"
         " (property TableRelation (if-relation (args (= Type (call const Item)))"
         " (juxt Item (call where (= Blocked (call const false))))"
         " (if-relation (args (= Type (call const Res)) (= Kind (call const A))) Resource \"G/L Account\")))))))");
}

Test(parser, tablerelation_if_without_else)
{
    UNIT("table 1 T { fields { field(1; X; Code[20]) { TableRelation = if (Type = const(Item)) Item; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args X) (args (index Code 20))"
         " (property TableRelation (if-relation (args (= Type (call const Item))) Item))))))");
}

Test(parser, sourcetableview_sorting_order_where)
{
    UNIT("page 1 P { SourceTableView = sorting(\"No.\") order(descending) where(Blocked = const(false)); }",
         "(unit (page 1 P (property SourceTableView (juxt (call sorting \"No.\") (call order descending)"
         " (call where (= Blocked (call const false)))))))");
}

Test(parser, sourcetableview_where_with_filter)
{
    UNIT("page 1 P { SourceTableView = where(Status = filter(Open | Released)); }",
         "(unit (page 1 P (property SourceTableView (call where (= Status (filter 'Open | Released'))))))");
}

Test(parser, decimalplaces_pair)
{
    UNIT("table 1 T { fields { field(1; A; Decimal) { DecimalPlaces = 0 : 5; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args A) (args Decimal)"
         " (property DecimalPlaces (pair 0 5))))))");
}

Test(parser, permissions_tabledata_rimd)
{
    UNIT("codeunit 1 C { Permissions = tabledata Customer = RIMD; }",
         "(unit (codeunit 1 C (property Permissions (juxt tabledata (= Customer RIMD)))))");
    UNIT("codeunit 1 C { Permissions = tabledata \"G/L Entry\" = rm, tabledata Customer = R; }",
         "(unit (codeunit 1 C (property Permissions (juxt tabledata (= \"G/L Entry\" rm)) (juxt tabledata (= Customer R)))))");
}

Test(parser, runobject_page_name)
{
    UNIT("page 1 P { actions { area(Navigation) { action(Open) { RunObject = page \"Customer Card\";"
         " RunPageLink = \"No.\" = field(\"No.\"); } } } }",
         "(unit (page 1 P (section actions (element area (args Navigation) (element action (args Open)"
         " (property RunObject (juxt page \"Customer Card\"))"
         " (property RunPageLink (= \"No.\" (call field \"No.\"))))))))");
}

Test(parser, property_values_of_several_kinds)
{
    UNIT("table 1 T { DataClassification = CustomerContent; LookupPageId = \"Item List\"; "
         "InitValue = 10; MinValue = -1; Image = 'x'; Enabled = not Locked; }",
         "(unit (table 1 T (property DataClassification CustomerContent) (property LookupPageId \"Item List\")"
         " (property InitValue 10) (property MinValue (neg 1)) (property Image 'x') (property Enabled (not Locked))))");
}

Test(parser, property_value_may_be_a_date_literal)
{
    UNIT("table 1 T { fields { field(1; D; Date) { InitValue = 0D; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args D) (args Date) (property InitValue 0D)))))");
}

Test(parser, property_with_scope_value)
{
    UNIT("page 1 P { UsageCategory = Lists; ApplicationArea = All; PromotedCategory = Category::Process; }",
         "(unit (page 1 P (property UsageCategory Lists) (property ApplicationArea All)"
         " (property PromotedCategory (:: Category Process))))");
}

/* ================================================== sections and elements */

Test(parser, empty_section)
{
    UNIT("table 1 T { fields { } }", "(unit (table 1 T (section fields)))");
}

Test(parser, permissions_section)
{
    UNIT("entitlement E { permissions { } }", "(unit (entitlement E (section permissions)))");
}

Test(parser, element_with_empty_body)
{
    UNIT("table 1 T { keys { key(PK; A) { } } }",
         "(unit (table 1 T (section keys (element key (args PK) (args A)))))");
}

Test(parser, fieldgroup_with_several_fields)
{
    UNIT("table 1 T { fieldgroups { fieldgroup(Brick; \"No.\", Name, Amount) { } } }",
         "(unit (table 1 T (section fieldgroups (element fieldgroup (args Brick) (args \"No.\" Name Amount)))))");
}

Test(parser, element_named_filter_in_a_query)
{
    UNIT("query 1 Q { elements { dataitem(C; Customer) { filter(F; Name) { ColumnFilter = F = filter(<>''); } } } }",
         "(unit (query 1 Q (section elements (element dataitem (args C) (args Customer)"
         " (element filter (args F) (args Name) (property ColumnFilter (= F (filter '<>'''''))))))))");
}

Test(parser, cuegroup_and_nested_groups)
{
    UNIT("page 1 P { layout { area(Content) { cuegroup(Cues) { field(A; Rec.A) { } } grid(G) { group(G2) { } } } } }",
         "(unit (page 1 P (section layout (element area (args Content)"
         " (element cuegroup (args Cues) (element field (args A) (args (. Rec A))))"
         " (element grid (args G) (element group (args G2)))))))");
}

Test(parser, field_element_with_quoted_field_and_member_source)
{
    UNIT("page 1 P { layout { area(Content) { field(\"Customer No.\"; Rec.\"Customer No.\") { ApplicationArea = All; } } } }",
         "(unit (page 1 P (section layout (element area (args Content)"
         " (element field (args \"Customer No.\") (args (. Rec \"Customer No.\")) (property ApplicationArea All))))))");
}

/* ================================================================== vars */

Test(parser, var_section_with_several_names)
{
    UNIT("codeunit 1 C { var a, b: Integer; }",
         "(unit (codeunit 1 C (var (decl a b (type Integer)))))");
}

Test(parser, var_types_record_temporary_array_text_code)
{
    UNIT("codeunit 1 C { var T: Record Customer temporary; M: array[2, 3] of Decimal; S: Text[30]; K: Code[20];"
         " R: Record \"Sales Header\"; }",
         "(unit (codeunit 1 C (var (decl T (type Record Customer temporary))"
         " (decl M (type array [2 3] of (type Decimal))) (decl S (type Text [30])) (decl K (type Code [20]))"
         " (decl R (type Record \"Sales Header\")))))");
}

Test(parser, var_types_list_dictionary)
{
    UNIT("codeunit 1 C { var L: List of [Text]; D: Dictionary of [Code[20], Integer]; N: List of [List of [Text]]; }",
         "(unit (codeunit 1 C (var (decl L (type List of (type Text)))"
         " (decl D (type Dictionary of (type Code [20]) (type Integer)))"
         " (decl N (type List of (type List of (type Text)))))))");
}

Test(parser, var_type_option_with_quoted_member)
{
    UNIT("codeunit 1 C { var O: Option A,B,\"C D\"; }",
         "(unit (codeunit 1 C (var (decl O (type Option A B \"C D\")))))");
}

Test(parser, var_type_option_with_blank_and_empty_members)
{
    UNIT("codeunit 1 C { var O: Option \" \",A,,B; }",
         "(unit (codeunit 1 C (var (decl O (type Option \" \" A (empty) B)))))");
}

Test(parser, var_types_enum_interface_codeunit)
{
    UNIT("codeunit 1 C { var E: Enum \"My Enum\"; I: Interface \"My I\"; CU: Codeunit \"Sales-Post\"; P: Page \"Customer Card\"; }",
         "(unit (codeunit 1 C (var (decl E (type Enum \"My Enum\")) (decl I (type Interface \"My I\"))"
         " (decl CU (type Codeunit \"Sales-Post\")) (decl P (type Page \"Customer Card\")))))");
}

Test(parser, var_type_with_qualified_name)
{
    UNIT("codeunit 1 C { var R: Record Microsoft.Sales.Customer.Customer; }",
         "(unit (codeunit 1 C (var (decl R (type Record (. (. (. Microsoft Sales) Customer) Customer))))))");
}

Test(parser, var_type_dotnet)
{
    UNIT("codeunit 1 C { var X: DotNet XmlNode; J: JsonObject; }",
         "(unit (codeunit 1 C (var (decl X (type DotNet XmlNode)) (decl J (type JsonObject)))))");
}

Test(parser, label_with_comment_locked_maxlength)
{
    UNIT("codeunit 1 C { var Lbl: Label 'Hello %1', Comment = '%1 = name', Locked = true, MaxLength = 20; }",
         "(unit (codeunit 1 C (var (decl Lbl (type Label 'Hello %1' (= Comment '%1 = name') (= Locked true) (= MaxLength 20))))))");
}

Test(parser, label_without_trailer)
{
    UNIT("codeunit 1 C { var Lbl: Label 'It''s'; }",
         "(unit (codeunit 1 C (var (decl Lbl (type Label 'It''s')))))");
}

Test(parser, protected_var_section)
{
    UNIT("codeunit 1 C { protected var X: Integer; }",
         "(unit (codeunit 1 C (protected-var (decl X (type Integer)))))");
}

Test(parser, attribute_on_a_global_variable)
{
    UNIT("page 1 P { var [InDataSet] V: Boolean; W: Integer; }",
         "(unit (page 1 P (var (decl V (type Boolean) (attr InDataSet)) (decl W (type Integer)))))");
}

Test(parser, attribute_on_a_local_variable)
{
    UNIT("codeunit 1 C { procedure A() var [SecurityFiltering(SecurityFilter::Filtered)] r: Record Customer; begin end; }",
         "(unit (codeunit 1 C (procedure A (params) (locals (decl r (type Record Customer)"
         " (attr SecurityFiltering ((:: SecurityFilter Filtered))))) (begin))))");
}

Test(parser, two_var_sections_in_one_object)
{
    UNIT("codeunit 1 C { var A: Integer; procedure P() begin end; var B: Text; }",
         "(unit (codeunit 1 C (var (decl A (type Integer))) (procedure P (params) (begin)) (var (decl B (type Text)))))");
}

Test(parser, var_named_filter)
{
    UNIT("codeunit 1 C { var Filter: Text; }", "(unit (codeunit 1 C (var (decl Filter (type Text)))))");
}

/* ============================================================ procedures */

Test(parser, procedure_attributes_test_and_handlerfunctions)
{
    UNIT("codeunit 1 C { [Test] [HandlerFunctions('A,B')] procedure T1() begin end; }",
         "(unit (codeunit 1 C (procedure T1 (params) (attr Test) (attr HandlerFunctions ('A,B')) (begin))))");
}

Test(parser, procedure_attribute_eventsubscriber)
{
    UNIT("codeunit 1 C { [EventSubscriber(ObjectType::Codeunit, Codeunit::\"Sales-Post\", 'OnX', '', false, false)]"
         " local procedure S() begin end; }",
         "(unit (codeunit 1 C (procedure local S (params) (attr EventSubscriber ((:: ObjectType Codeunit)"
         " (:: Codeunit \"Sales-Post\") 'OnX' '' false false)) (begin))))");
}

Test(parser, attribute_with_empty_parentheses)
{
    UNIT("codeunit 1 C { [IntegrationEvent(false, false)] procedure E() begin end; [ConfirmHandler()] procedure H() begin end; }",
         "(unit (codeunit 1 C (procedure E (params) (attr IntegrationEvent (false false)) (begin))"
         " (procedure H (params) (attr ConfirmHandler ()) (begin))))");
}

Test(parser, local_internal_protected_procedures)
{
    UNIT("codeunit 1 C { local procedure L() begin end; internal procedure I() begin end; protected procedure P() begin end; }",
         "(unit (codeunit 1 C (procedure local L (params) (begin)) (procedure internal I (params) (begin))"
         " (procedure protected P (params) (begin))))");
}

Test(parser, var_parameters_and_shared_type_parameters)
{
    UNIT("codeunit 1 C { procedure A(var x: Integer; y, z: Text): Boolean begin end; }",
         "(unit (codeunit 1 C (procedure A (params (var-param x (type Integer)) (param y (type Text)) (param z (type Text)))"
         " (returns (type Boolean)) (begin))))");
}

Test(parser, var_parameter_of_record_temporary)
{
    UNIT("codeunit 1 C { procedure A(var TempRec: Record Customer temporary) begin end; }",
         "(unit (codeunit 1 C (procedure A (params (var-param TempRec (type Record Customer temporary))) (begin))))");
}

Test(parser, named_return_value)
{
    UNIT("codeunit 1 C { procedure B() Result: Integer begin end; }",
         "(unit (codeunit 1 C (procedure B (params) (returns Result (type Integer)) (begin))))");
}

Test(parser, unnamed_return_value_with_length)
{
    UNIT("codeunit 1 C { procedure B(): Text[50] begin end; }",
         "(unit (codeunit 1 C (procedure B (params) (returns (type Text [50])) (begin))))");
}

Test(parser, old_style_procedure_with_semicolon_before_var)
{
    UNIT("codeunit 1 C { procedure C(); var i: Integer; begin end; }",
         "(unit (codeunit 1 C (procedure C (params) (locals (decl i (type Integer))) (begin))))");
}

Test(parser, old_style_procedure_with_semicolon_before_begin)
{
    UNIT("codeunit 1 C { procedure C(); begin x := 1; end; }",
         "(unit (codeunit 1 C (procedure C (params) (begin (:= x 1)))))");
}

Test(parser, procedure_with_locals_and_statements)
{
    UNIT("codeunit 1 C { procedure P() var i: Integer; s: Text; begin i := 1; end; }",
         "(unit (codeunit 1 C (procedure P (params) (locals (decl i (type Integer)) (decl s (type Text)))"
         " (begin (:= i 1)))))");
}

Test(parser, procedure_with_empty_var_section)
{
    UNIT("codeunit 1 C { procedure P() var begin end; }",
         "(unit (codeunit 1 C (procedure P (params) (begin))))");
}

Test(parser, trigger_with_params_and_return)
{
    UNIT("table 1 T { trigger OnValidate(xRec: Record T): Boolean var k: Integer; begin exit(true); end; }",
         "(unit (table 1 T (trigger OnValidate (params (param xRec (type Record T))) (returns (type Boolean))"
         " (locals (decl k (type Integer))) (begin (exit true)))))");
}

Test(parser, trigger_onrun)
{
    UNIT("codeunit 1 C { trigger OnRun() begin end; }",
         "(unit (codeunit 1 C (trigger OnRun (params) (begin))))");
}

Test(parser, procedure_with_quoted_name)
{
    UNIT("codeunit 1 C { procedure \"Do It\"() begin end; }",
         "(unit (codeunit 1 C (procedure \"Do It\" (params) (begin))))");
}

Test(parser, procedure_with_array_parameter)
{
    UNIT("codeunit 1 C { procedure P(var A: array[10] of Text) begin end; }",
         "(unit (codeunit 1 C (procedure P (params (var-param A (type array [10] of (type Text)))) (begin))))");
}

Test(parser, procedure_named_like_a_non_keyword)
{
    UNIT("codeunit 1 C { procedure Page() begin end; procedure Filter() begin end; }",
         "(unit (codeunit 1 C (procedure Page (params) (begin)) (procedure Filter (params) (begin))))");
}

/* ============================================================ statements */

Test(parser, empty_block)
{
    STMT("begin end", "(begin)");
}

Test(parser, block_of_statements)
{
    STMT("begin x := 1; y := 2; end", "(begin (:= x 1) (:= y 2))");
}

Test(parser, block_without_last_semicolon_and_with_extra_semicolons)
{
    STMT("begin x := 1;; y := 2;; end", "(begin (:= x 1) (:= y 2))");
}

Test(parser, nested_blocks)
{
    STMT("begin begin x := 1; end; end", "(begin (begin (:= x 1)))");
}

Test(parser, if_then)
{
    STMT("if a then b", "(if a b)");
}

Test(parser, if_then_else)
{
    STMT("if a then b else c", "(if a b (else c))");
}

Test(parser, dangling_else_binds_to_the_nearest_if)
{
    STMT("if a then if b then c else d", "(if a (if b c (else d)))");
}

Test(parser, dangling_else_after_block_binds_outer)
{
    STMT("if a then begin if b then c end else d", "(if a (begin (if b c)) (else d))");
}

Test(parser, if_with_empty_then)
{
    STMT("if a then else c", "(if a (empty) (else c))");
    STMT("if a then ;", "(if a (empty))");
}

Test(parser, if_else_if_chain)
{
    STMT("if a then x := 1 else if b then x := 2 else x := 3",
         "(if a (:= x 1) (else (if b (:= x 2) (else (:= x 3)))))");
}

Test(parser, if_with_blocks)
{
    STMT("if a then begin x := 1; end else begin x := 2; end",
         "(if a (begin (:= x 1)) (else (begin (:= x 2))))");
}

Test(parser, case_with_values_lists_ranges_and_else)
{
    STMT("case x of 1: a; 2, 3: b; 4..6: c; else d; e; end",
         "(case x (when 1 a) (when 2 3 b) (when (.. 4 6) c) (else d e))");
}

Test(parser, case_without_else)
{
    STMT("case x of 1: a; end", "(case x (when 1 a))");
    STMT("case x of 1: a end", "(case x (when 1 a))");
}

Test(parser, case_branch_with_empty_statement)
{
    STMT("case x of 1: ; 2: b end", "(case x (when 1 (empty)) (when 2 b))");
}

Test(parser, case_on_enum_values_and_block_branch)
{
    STMT("case Rec.Status of Rec.Status::Open: begin a; b; end; Status::Released, Status::\"On Hold\": c; end",
         "(case (. Rec Status) (when (:: (. Rec Status) Open) (begin a b))"
         " (when (:: Status Released) (:: Status \"On Hold\") c))");
}

Test(parser, case_true_of)
{
    STMT("case true of x > 1: a; x < 0: b; end", "(case true (when (> x 1) a) (when (< x 0) b))");
}

Test(parser, case_with_text_values_and_open_ranges)
{
    STMT("case s of 'A': a; 'B'..'D': b; end", "(case s (when 'A' a) (when (.. 'B' 'D') b))");
}

Test(parser, case_else_without_semicolon)
{
    STMT("case x of 1: a; else b end", "(case x (when 1 a) (else b))");
}

Test(parser, for_to)
{
    STMT("for i := 1 to 10 do x += i", "(for i 1 10 (+= x i))");
}

Test(parser, for_downto)
{
    STMT("for i := 10 downto 1 do ;", "(for-downto i 10 1 (empty))");
}

Test(parser, for_with_expressions_and_block)
{
    STMT("for i := a + 1 to Count() do begin end", "(for i (+ a 1) (call Count) (begin))");
}

Test(parser, foreach_in)
{
    STMT("foreach s in L do Message(s)", "(foreach s L (call Message s))");
    STMT("foreach k in D.Keys() do ;", "(foreach k (call (. D Keys)) (empty))");
}

Test(parser, while_do)
{
    STMT("while a < 5 do a += 1", "(while (< a 5) (+= a 1))");
}

Test(parser, repeat_until)
{
    STMT("repeat a := a + 1; b until a > 5", "(repeat (:= a (+ a 1)) b (until (> a 5)))");
    STMT("repeat until Rec.Next() = 0", "(repeat (until (= (call (. Rec Next)) 0)))");
}

Test(parser, exit_forms)
{
    STMT("exit", "(exit)");
    STMT("exit()", "(exit)");
    STMT("exit(5)", "(exit 5)");
    STMT("exit(a + b)", "(exit (+ a b))");
}

Test(parser, break_and_continue)
{
    STMT("break", "(break)");
    STMT("continue", "(continue)");
    STMT("while true do break", "(while true (break))");
    STMT("BREAK", "(break)");
}

Test(parser, continue_called_as_a_procedure_is_a_call)
{
    STMT("continue()", "(call continue)");
    STMT("\"continue\"", "\"continue\"");
}

Test(parser, asserterror_statement)
{
    STMT("asserterror Error('x')", "(asserterror (call Error 'x'))");
    STMT("asserterror x := 1 div 0", "(asserterror (:= x (div 1 0)))");
}

Test(parser, with_do)
{
    STMT("with Rec do Modify()", "(with Rec (call Modify))");
}

Test(parser, assignment_operators)
{
    STMT("x := 1", "(:= x 1)");
    STMT("x += 1", "(+= x 1)");
    STMT("x -= 1", "(-= x 1)");
    STMT("x *= 2", "(*= x 2)");
    STMT("x /= 2", "(/= x 2)");
}

Test(parser, assignment_to_member_and_index)
{
    STMT("Rec.Name := 'x'", "(:= (. Rec Name) 'x')");
    STMT("a[1] := 2", "(:= (index a 1) 2)");
    STMT("Rec.\"No.\" := ''", "(:= (. Rec \"No.\") '')");
}

Test(parser, call_statements)
{
    STMT("Foo()", "(call Foo)");
    STMT("Foo", "Foo");
    STMT("Rec.Get(1)", "(call (. Rec Get) 1)");
    STMT("Rec.Modify(true)", "(call (. Rec Modify) true)");
}

Test(parser, statement_with_trailing_semicolon)
{
    STMT("x := 1;", "(:= x 1)");
}

/* =========================================================== expressions */

Test(parser, comparison_is_looser_than_or)
{
    EXPR("a = b or c", "(= a (or b c))");
    EXPR("a < b xor c", "(< a (xor b c))");
    EXPR("a <> b or c", "(<> a (or b c))");
}

Test(parser, or_is_looser_than_and)
{
    EXPR("a or b and c", "(or a (and b c))");
    EXPR("a and b or c", "(or (and a b) c)");
    EXPR("a xor b and c", "(xor a (and b c))");
}

Test(parser, or_and_xor_are_left_associative_at_one_level)
{
    EXPR("a xor b or c", "(or (xor a b) c)");
    EXPR("a or b xor c", "(xor (or a b) c)");
    EXPR("a or b or c", "(or (or a b) c)");
    EXPR("a and b and c", "(and (and a b) c)");
}

Test(parser, and_is_looser_than_in_is_as)
{
    EXPR("a and b in c", "(and a (in b c))");
    EXPR("a and x is T", "(and a (is x T))");
    EXPR("x is Foo and y", "(and (is x Foo) y)");
    EXPR("y or x as T", "(or y (as x T))");
}

Test(parser, in_is_looser_than_additive)
{
    EXPR("a in b + c", "(in a (+ b c))");
    EXPR("a + b in c", "(in (+ a b) c)");
}

Test(parser, additive_is_looser_than_multiplicative)
{
    EXPR("a + b * c - d", "(- (+ a (* b c)) d)");
    EXPR("a * b + c", "(+ (* a b) c)");
    EXPR("a - b div c", "(- a (div b c))");
    EXPR("a + b mod c", "(+ a (mod b c))");
    EXPR("a - b / c", "(- a (/ b c))");
}

Test(parser, arithmetic_is_left_associative)
{
    EXPR("a - b - c", "(- (- a b) c)");
    EXPR("a / b div c mod d * e", "(* (mod (div (/ a b) c) d) e)");
}

Test(parser, additive_binds_tighter_than_and)
{
    EXPR("a + b and c", "(and (+ a b) c)");
}

Test(parser, unary_binds_tighter_than_multiplicative)
{
    EXPR("-a * b", "(* (neg a) b)");
    EXPR("a * -b", "(* a (neg b))");
    EXPR("not a and b", "(and (not a) b)");
    EXPR("not a = b", "(= (not a) b)");
    EXPR("+a", "(pos a)");
    EXPR("- - a", "(neg (neg a))");
    EXPR("not not a", "(not (not a))");
}

Test(parser, postfix_binds_tighter_than_unary)
{
    EXPR("-a.b", "(neg (. a b))");
    EXPR("not a.b", "(not (. a b))");
    EXPR("-a[1]", "(neg (index a 1))");
    EXPR("not f(x)", "(not (call f x))");
}

Test(parser, comparisons_are_all_at_one_level)
{
    EXPR("a < b", "(< a b)");
    EXPR("a > b", "(> a b)");
    EXPR("a <= b + 1", "(<= a (+ b 1))");
    EXPR("a >= b * 2", "(>= a (* b 2))");
    EXPR("a <> b", "(<> a b)");
    EXPR("a = b", "(= a b)");
}

Test(parser, in_binds_tighter_than_comparison)
{
    EXPR("a in b = c", "(= (in a b) c)");
}

Test(parser, parenthesized_comparisons_in_and)
{
    EXPR("(a = b) and (c = d)", "(and (= a b) (= c d))");
    EXPR("(a)", "a");
    EXPR("((1 + 2)) * 3", "(* (+ 1 2) 3)");
}

Test(parser, in_with_list_of_values_and_ranges)
{
    EXPR("x in [1, 5..9]", "(in x (list 1 (.. 5 9)))");
    EXPR("x in ['A', 'B']", "(in x (list 'A' 'B'))");
    EXPR("x in []", "(in x (list))");
}

Test(parser, list_literals)
{
    EXPR("[]", "(list)");
    EXPR("[1]", "(list 1)");
    EXPR("[1, 2, 3]", "(list 1 2 3)");
}

Test(parser, ternary_is_loosest_and_right_associative)
{
    EXPR("a ? b : c", "(?: a b c)");
    EXPR("a ? b : c ? d : e", "(?: a b (?: c d e))");
    EXPR("a ? b ? c : d : e", "(?: a (?: b c d) e)");
    EXPR("a = b ? c : d", "(?: (= a b) c d)");
    EXPR("a or b ? c + 1 : d", "(?: (or a b) (+ c 1) d)");
    EXPR("1 + 2 ? 3 : 4", "(?: (+ 1 2) 3 4)");
}

Test(parser, this_member)
{
    EXPR("this.Name", "(. this Name)");
    STMT("this.Name := 'x'", "(:= (. this Name) 'x')");
}

Test(parser, enum_scope_chain)
{
    EXPR("Enum::\"X\"::Y", "(:: (:: Enum \"X\") Y)");
    EXPR("Enum::\"Sales Document Type\"::\"Credit Memo\"", "(:: (:: Enum \"Sales Document Type\") \"Credit Memo\")");
}

Test(parser, option_scope_on_a_field)
{
    EXPR("Rec.Status::Open", "(:: (. Rec Status) Open)");
    EXPR("Rec.Status = Rec.Status::Open", "(= (. Rec Status) (:: (. Rec Status) Open))");
}

Test(parser, object_scope)
{
    EXPR("Codeunit::\"X\"", "(:: Codeunit \"X\")");
    EXPR("Database::Customer", "(:: Database Customer)");
    STMT("Codeunit.Run(Codeunit::\"Sales-Post\", Rec)", "(call (. Codeunit Run) (:: Codeunit \"Sales-Post\") Rec)");
}

Test(parser, is_and_as)
{
    EXPR("x is Foo", "(is x Foo)");
    EXPR("x as Foo", "(as x Foo)");
    EXPR("x as Foo.Bar", "(as x (. Foo Bar))");
    EXPR("x is \"My Interface\"", "(is x \"My Interface\")");
}

Test(parser, member_call_index_chains)
{
    EXPR("a.b(1)[2].c", "(. (index (call (. a b) 1) 2) c)");
    EXPR("a.b.c", "(. (. a b) c)");
    EXPR("f(a, b)(c)", "(call (call f a b) c)");
    EXPR("a[1, 2]", "(index a 1 2)");
    EXPR("a.\"b c\"", "(. a \"b c\")");
    EXPR("a.b::c", "(:: (. a b) c)");
    EXPR("Rec.FieldCaption(Rec.\"No.\")", "(call (. Rec FieldCaption) (. Rec \"No.\"))");
}

Test(parser, call_with_expression_arguments)
{
    EXPR("StrSubstNo('%1 %2', a + 1, not b)", "(call StrSubstNo '%1 %2' (+ a 1) (not b))");
    EXPR("f()", "(call f)");
}

Test(parser, literal_operands)
{
    EXPR("d + 1D", "(+ d 1D)");
    EXPR("x = 0D", "(= x 0D)");
    EXPR("t >= 120000T", "(>= t 120000T)");
    EXPR("n - 1.5", "(- n 1.5)");
    EXPR("n * 5L", "(* n 5L)");
}

Test(parser, filter_as_a_variable_name)
{
    EXPR("Filter", "Filter");
    STMT("Filter := 'x'", "(:= Filter 'x')");
    STMT("x := Filter + 'a'", "(:= x (+ Filter 'a'))");
    STMT("Rec.SetFilter(Filter)", "(call (. Rec SetFilter) Filter)");
    STMT("Rec.SetRange(Filter, 1)", "(call (. Rec SetRange) Filter 1)");
    EXPR("x.Filter", "(. x Filter)");
}

Test(parser, filter_as_variable_with_method_call)
{
    STMT("Filter.Trim()", "(call (. Filter Trim))");
}

Test(parser, filter_text_is_kept_raw)
{
    EXPR("filter(<>0)", "(filter '<>0')");
    STMT("Filter := filter(<>0)", "(:= Filter (filter '<>0'))");
    EXPR("filter(  <>0  )", "(filter '<>0')");
    EXPR("filter(<>(a|b))", "(filter '<>(a|b)')");
    EXPR("filter(<>''|Open)", "(filter '<>''''|Open')");
    EXPR("filter(1..5)", "(filter '1..5')");
    EXPR("filter(@*abc*)", "(filter '@*abc*')");
}

Test(parser, filter_text_as_argument)
{
    EXPR("Rec.SetFilter(x, filter(<>''|Open))", "(call (. Rec SetFilter) x (filter '<>''''|Open'))");
}

Test(parser, text_literal_with_quote_in_expression)
{
    EXPR("'a''b' + x", "(+ 'a''b' x)");
}

/* ====================================================== more combinations */

Test(parser, tablerelation_else_if_branch_with_where_and_filter)
{
    UNIT("table 1 T { fields { field(1; X; Code[20]) { TableRelation ="
         " if (Type = const(Item)) Item"
         " else if (Type = const(Res), Kind = filter(A|B)) Resource where(Blocked = const(false)); } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args X) (args (index Code 20))"
         " (property TableRelation (if-relation (args (= Type (call const Item))) Item"
         " (if-relation (args (= Type (call const Res)) (= Kind (filter 'A|B')))"
         " (juxt Resource (call where (= Blocked (call const false)))))))))))");
}

Test(parser, tablerelation_three_way_chain_with_member_and_blank_const)
{
    UNIT("table 1 T { fields { field(1; X; Code[20]) { TableRelation ="
         " if (Type = const(\" \")) \"Std. Text\""
         " else if (Type = const(Item)) Item.\"No.\" where(Blocked = const(false), Type = filter(<>Service))"
         " else if (Type = const(Res)) Resource; ValidateTableRelation = false; } } }",
         "(unit (table 1 T (section fields (element field (args 1) (args X) (args (index Code 20))"
         " (property TableRelation (if-relation (args (= Type (call const \" \"))) \"Std. Text\""
         " (if-relation (args (= Type (call const Item))) (juxt (. Item \"No.\") (call where"
         " (= Blocked (call const false)) (= Type (filter '<>Service'))))"
         " (if-relation (args (= Type (call const Res))) Resource))))"
         " (property ValidateTableRelation false)))))");
}

Test(parser, dangling_else_inside_loops_and_case)
{
    STMT("while a do if b then c else d", "(while a (if b c (else d)))");
    STMT("for i := 1 to 2 do if a then b else c", "(for i 1 2 (if a b (else c)))");
    STMT("with a do if b then c else d", "(with a (if b c (else d)))");
    STMT("repeat if a then b else c until d", "(repeat (if a b (else c)) (until d))");
    STMT("asserterror if a then b else c", "(asserterror (if a b (else c)))");
    STMT("case x of 1: if a then b else c; 2: d; end", "(case x (when 1 (if a b (else c))) (when 2 d))");
}

Test(parser, case_inside_if_then_else)
{
    STMT("if a then case x of 1: b; end else c", "(if a (case x (when 1 b)) (else c))");
}

Test(parser, case_with_only_else)
{
    STMT("case x of else y end", "(case x (else y))");
}

Test(parser, if_conditions_of_typical_code)
{
    STMT("if not Rec.Get(x) then exit;", "(if (not (call (. Rec Get) x)) (exit))");
    STMT("if x in ['A'..'Z'] then ;", "(if (in x (list (.. 'A' 'Z'))) (empty))");
    STMT("if (a = 1) and (b = 2) then x := 1", "(if (and (= a 1) (= b 2)) (:= x 1))");
}

Test(parser, assignments_of_typical_expressions)
{
    STMT("a := not (b or c)", "(:= a (not (or b c)))");
    STMT("a := b = c", "(:= a (= b c))");
    STMT("x := 1 + -2", "(:= x (+ 1 (neg 2)))");
    STMT("x := a - -b", "(:= x (- a (neg b)))");
    STMT("x := Option::A", "(:= x (:: Option A))");
    STMT("Rec.Field[1] := 2", "(:= (index (. Rec Field) 1) 2)");
    STMT("exit(Rec.Get(x))", "(exit (call (. Rec Get) x))");
    STMT("x := Rec.Count() div 2", "(:= x (div (call (. Rec Count)) 2))");
}

Test(parser, return_type_with_words_and_named_enum_return)
{
    UNIT("codeunit 1 C { procedure P(): Record Customer temporary begin end; procedure Q() R: Enum \"X\" begin end; }",
         "(unit (codeunit 1 C (procedure P (params) (returns (type Record Customer temporary)) (begin))"
         " (procedure Q (params) (returns R (type Enum \"X\")) (begin))))");
}

Test(parser, global_vars_in_a_table_and_labels_in_a_page)
{
    UNIT("table 1 T { var x: Integer; }", "(unit (table 1 T (var (decl x (type Integer)))))");
    UNIT("page 1 P { var Text001: Label 'x'; }", "(unit (page 1 P (var (decl Text001 (type Label 'x')))))");
}

Test(parser, full_codeunit_dump)
{
    UNIT("namespace Demo;\n"
         "using System.Text;\n"
         "codeunit 50100 \"Demo Mgt.\"\n"
         "{\n"
         "    Access = Public;\n"
         "\n"
         "    var\n"
         "        Counter: Integer;\n"
         "\n"
         "    trigger OnRun()\n"
         "    begin\n"
         "        Counter += 1;\n"
         "    end;\n"
         "\n"
         "    procedure Sum(a: Integer; b: Integer) Result: Integer\n"
         "    var\n"
         "        i: Integer;\n"
         "    begin\n"
         "        for i := a to b do\n"
         "            Result += i;\n"
         "    end;\n"
         "}\n",
         "(unit (namespace Demo) (using (. System Text)) (codeunit 50100 \"Demo Mgt.\" (property Access Public)"
         " (var (decl Counter (type Integer)))"
         " (trigger OnRun (params) (begin (+= Counter 1)))"
         " (procedure Sum (params (param a (type Integer)) (param b (type Integer))) (returns Result (type Integer))"
         " (locals (decl i (type Integer))) (begin (for i a b (+= Result i))))))");
}

Test(parser, query_filter_element_without_a_body)
{
    UNIT("query 1 Q { elements { dataitem(C; Customer) { filter(F; \"Date Filter\"); column(N; Name) { } } } }",
         "(unit (query 1 Q (section elements (element dataitem (args C) (args Customer)"
         " (element filter (args F) (args \"Date Filter\")) (element column (args N) (args Name))))))");
}
