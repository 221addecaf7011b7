// Why a customer is blocked: not at all, for shipping, for invoicing, or
// for every kind of transaction.  The values and their order are BC's.
enum 18 "Customer Blocked"
{
    Extensible = true;
    AssignmentCompatibility = true;

    value(0; " ") { Caption = ' ', Locked = true; }
    value(1; Ship) { Caption = 'Ship'; }
    value(2; Invoice) { Caption = 'Invoice'; }
    value(3; All) { Caption = 'All'; }
}
