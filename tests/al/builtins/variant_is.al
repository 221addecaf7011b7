codeunit 50214 "Variant Is Methods"
{
    trigger OnRun()
    var
        V: Variant;
        C: Char;
        Code: Code[10];
        Opt: Option A,B;
        Dur: Duration;
        G: Guid;
        Big: BigInteger;
    begin
        Message('%1', Kinds(V));           // expect: 
        V := true;
        Message('%1', Kinds(V));           // expect: Boolean
        V := 1;
        Message('%1', Kinds(V));           // expect: Integer
        Big := 1;
        V := Big;
        Message('%1', Kinds(V));           // expect: BigInteger
        V := 1.5;
        Message('%1', Kinds(V));           // expect: Decimal
        C := 'x';
        V := C;
        Message('%1', Kinds(V));           // expect: Char
        V := 'text';
        Message('%1', Kinds(V));           // expect: Text
        Code := 'abc';
        V := Code;
        Message('%1', Kinds(V));           // expect: Code
        V := 20240101D;
        Message('%1', Kinds(V));           // expect: Date
        V := 120000T;
        Message('%1', Kinds(V));           // expect: Time
        V := CreateDateTime(20240101D, 120000T);
        Message('%1', Kinds(V));           // expect: DateTime
        Dur := 1000;
        V := Dur;
        Message('%1', Kinds(V));           // expect: Duration
        V := G;
        Message('%1', Kinds(V));           // expect: Guid
        Opt := Opt::B;
        V := Opt;
        Message('%1', Kinds(V));           // expect: Option
    end;

    local procedure Kinds(V: Variant) R: Text
    begin
        if V.IsBoolean() then R += 'Boolean';
        if V.IsInteger() then R += 'Integer';
        if V.IsBigInteger() then R += 'BigInteger';
        if V.IsDecimal() then R += 'Decimal';
        if V.IsChar() then R += 'Char';
        if V.IsText() then R += 'Text';
        if V.IsCode() then R += 'Code';
        if V.IsDate() then R += 'Date';
        if V.IsTime() then R += 'Time';
        if V.IsDateTime() then R += 'DateTime';
        if V.IsDuration() then R += 'Duration';
        if V.IsGuid() then R += 'Guid';
        if V.IsOption() then R += 'Option';
    end;
}
