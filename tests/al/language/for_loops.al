codeunit 50162 "For Loops"
{
    trigger OnRun()
    var
        D: Date;
        C: Char;
        Big: BigInteger;
        Opt: Option A,B,C;
        N: Integer;
        S: Text;
    begin
        for D := 20240227D to 20240301D do
            S += Format(D, 0, '<Day>') + ' ';
        Message(S);                           // expect: 27 28 29 1 
        S := '';
        for C := 'a' to 'e' do
            S += Format(C);
        Message(S);                           // expect: abcde
        for Big := 5 downto 3 do
            N += Big;
        Message('%1', N);                     // expect: 12
        S := '';
        for Opt := Opt::A to Opt::C do
            S += Format(Opt);
        Message(S);                           // expect: ABC
        for N := 10 to 1 do
            Message('never');
    end;
}
