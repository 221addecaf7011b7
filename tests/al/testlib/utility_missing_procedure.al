// A procedure of BC's Library - Utility that alrun's built-in one does not
// have (it needs No. Series) is reported as such; `alrun check` counts it
// among the uses of what alrun cannot check yet.  (A codeunit that is not
// a test codeunit: naming the library loads the test libraries.)
codeunit 50723 "Utility Missing Procedure"
{
    trigger OnRun()
    var
        LibraryUtility: Codeunit "Library - Utility";
    begin
        Message(LibraryUtility.GetGlobalNoSeriesCode()); // expect error: alrun's built-in Codeunit "Library - Utility" has no procedure 'GetGlobalNoSeriesCode' yet
    end;
}
