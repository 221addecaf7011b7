codeunit 50201 "StrPos And Case"
{
    trigger OnRun()
    var
        S: Text;
        C: Code[10];
    begin
        S := 'abcabc';
        Message('%1 %2', StrPos(S, 'bc'), StrPos(S, 'abc'));   // expect: 2 1
        Message('%1 %2', StrPos(S, ''), StrPos('', 'a'));       // expect: 0 0
        Message('%1', StrPos(S, 'ABC'));                        // expect: 0
        Message('%1', StrPos(S, 'abcabcd'));                    // expect: 0
        Message('%1', StrPos('Grüße', 'ß'));                    // expect: 4
        Message(UpperCase('Grüße, élan 123'));                  // expect: GRÜßE, ÉLAN 123
        Message(LowerCase('ÄÖÜ ABC xyz'));                      // expect: äöü abc xyz
        Message('[%1][%2]', UpperCase(''), LowerCase(''));      // expect: [][]
        C := 'abc';
        Message(LowerCase(C));                                  // expect: abc
        Message(S.ToUpper());                                   // expect: ABCABC
        Message('MiXeD'.ToLower());                             // expect: mixed
        Message('ÀÉÎ'.ToLower());                               // expect: àéî
        Message('[%1]', ''.ToUpper());                          // expect: []
    end;
}
