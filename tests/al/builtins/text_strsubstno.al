codeunit 50205 StrSubstNo
{
    trigger OnRun()
    var
        D: Date;
        Opt: Option Open,Released;
    begin
        Message(StrSubstNo('no placeholders'));                  // expect: no placeholders
        Message(StrSubstNo('%1 and %1', 'x'));                   // expect: x and x
        Message(StrSubstNo('%2 before %1', 'a', 'b'));           // expect: b before a
        Message(StrSubstNo('%1 %2', 'a'));                       // expect: a %2
        Message(StrSubstNo('%1', 1234567.891));                  // expect: 1,234,567.891
        Message(StrSubstNo('%1|%2|%3', true, -5, 0.5));          // expect: Yes|-5|0.5
        D := 20240131D;
        Opt := Opt::Released;
        Message(StrSubstNo('%1 %2', D, Opt));                    // expect: 01/31/24 Released
        Message(StrSubstNo('%10-%1', 1, 2, 3, 4, 5, 6, 7, 8, 9, 'ten')); // expect: ten-1
        Message(StrSubstNo('%11', 'a'));                         // expect: a1
        Message(StrSubstNo('Test %1 >#2##< >#3<', 1, 2, 3));     // expect: Test 1 >2   < >3 <
        Message(StrSubstNo('>#1#<', 'abcdef'));                  // expect: >abc<
        Message(StrSubstNo('100% %1', 'sure'));                  // expect: 100% sure
        Message(StrSubstNo('%1', '%2'));                         // expect: %2
        Message('[%1]', StrSubstNo(''));                         // expect: []
    end;
}
