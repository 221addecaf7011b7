// The text a dialog handler gets is the one BC shows: Option, Enum and
// Action values by name (their static types travel with the call).
codeunit 50950 "Enum Msg Tests"
{
    Subtype = Test;

    [Test]
    [HandlerFunctions('Expect')]
    procedure MessageFormatsEnumsByName()
    var
        A: Action;
        O: Option Alpha,Beta;
    begin
        A := Action::LookupOK;
        O := O::Beta;
        Message('%1 %2 %3', A, O, 7);
    end;

    [Test]
    [HandlerFunctions('ExpectConfirm')]
    procedure ConfirmFormatsEnumsByName()
    var
        A: Action;
    begin
        A := Action::Cancel;
        if not Confirm('Close with %1?', false, A) then Error('no');
    end;

    [MessageHandler]
    procedure Expect(Msg: Text[1024])
    begin
        if Msg <> 'LookupOK Beta 7' then Error('got %1', Msg);
    end;

    [ConfirmHandler]
    procedure ExpectConfirm(Q: Text[1024]; var Reply: Boolean)
    begin
        if Q <> 'Close with Cancel?' then Error('got %1', Q);
        Reply := true;
    end;
}
