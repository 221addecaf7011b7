// System fields (SystemId set on insert, SystemCreatedAt/ModifiedAt and -By), GetBySystemId, RecordId: Format, TableNo, comparison.
table 50100 T { fields { field(1; Id; Integer) { } field(2; Name; Text[20]) { } } keys { key(PK; Id) { } } }
codeunit 50100 Main
{
    trigger OnRun()
    var
        R: Record T;
        R2: Record T;
        Id: Guid;
        RecId: RecordId;
    begin
        Message('%1', IsNullGuid(R.SystemId));                 // expect: Yes
        R.Id := 1; R.Insert();
        Message('%1 %2', IsNullGuid(R.SystemId), R.SystemCreatedAt <> 0DT); // expect: No Yes
        Id := R.SystemId;
        R2.GetBySystemId(Id);
        Message('%1 %2', R2.Id, R2.SystemId = Id);              // expect: 1 Yes
        RecId := R2.RecordId;
        Message('%1 %2 %3', Format(RecId), RecId.TableNo, RecId = R.RecordId); // expect: T: 1 50100 Yes
        R2.Id := 2;
        Message('%1', RecId = R2.RecordId);                     // expect: No
        Message('%1', R2.FieldNo(SystemId));                    // expect: 2000000000
        Message('%1', R2.GetBySystemId(CreateGuid()));          // expect: No
        // the writing user: alrun's one user
        Message('%1 %2', R.SystemCreatedBy = UserSecurityId(), R.SystemModifiedBy = UserSecurityId()); // expect: Yes Yes
        R2.Get(1);
        R2.ModifyAll(Name, 'all');
        R2.Get(1);
        Message('%1 %2', R2.Name, R2.SystemModifiedAt <> 0DT);  // expect: all Yes
    end;
}
