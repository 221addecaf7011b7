codeunit 50209 "Split And Replace"
{
    trigger OnRun()
    var
        Parts: List of [Text];
        P: Text;
        S: Text;
    begin
        Parts := 'a,b,,c'.Split(',');
        Message('%1', Parts.Count());                 // expect: 4
        Message('[%1]', Parts.Get(3));                // expect: []
        Parts := 'a;b,c'.Split(';', ',');
        foreach P in Parts do
            S += '<' + P + '>';
        Message(S);                                   // expect: <a><b><c>
        Parts := 'one  two three'.Split();
        Message('%1 [%2]', Parts.Count(), Parts.Get(2)); // expect: 4 []
        Parts := 'abc'.Split('x');
        Message('%1 %2', Parts.Count(), Parts.Get(1)); // expect: 1 abc
        Parts := ''.Split(',');
        Message('%1', Parts.Count());                 // expect: 1
        Parts := 'a--b'.Split('--');
        Message('%1 %2', Parts.Get(1), Parts.Get(2)); // expect: a b
        Message('a.b.c'.Replace('.', '::'));          // expect: a::b::c
        Message('aaa'.Replace('aa', 'b'));            // expect: ba
        Message('abc'.Replace('x', 'y'));             // expect: abc
        Message('[%1]', 'abc'.Replace('abc', ''));    // expect: []
        Message('Abc'.Replace('a', 'x'));             // expect: Abc
        Message('abc'.Replace('', 'x')); // expect runtime error: The value cannot be an empty string. (Parameter 'oldValue')
    end;
}
