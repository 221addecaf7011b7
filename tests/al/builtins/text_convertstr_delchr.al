codeunit 50203 "ConvertStr DelChr"
{
    trigger OnRun()
    begin
        Message(ConvertStr('ABCABC', 'AB', 'ab'));       // expect: abCabC
        Message(ConvertStr('a,b;c', ',;', '  '));         // expect: a b c
        Message(ConvertStr('abc', '', ''));               // expect: abc
        Message('[%1]', ConvertStr('', 'a', 'b'));        // expect: []
        Message(ConvertStr('aaa', 'aa', 'xy'));           // expect: xxx
        Message('[%1]', DelChr(' a b  c '));              // expect: [abc]
        Message('[%1]', DelChr('  x  ', '<'));            // expect: [x  ]
        Message('[%1]', DelChr('  x  ', '>'));            // expect: [  x]
        Message('[%1]', DelChr('  x  ', '='));            // expect: [x]
        Message('[%1]', DelChr('xxaxbxx', '=', 'x'));     // expect: [ab]
        Message('[%1]', DelChr('xxaxbxx', '<', 'x'));     // expect: [axbxx]
        Message('[%1]', DelChr('xxaxbxx', '>', 'x'));     // expect: [xxaxb]
        Message('[%1]', DelChr('xxaxbxx', '<>', 'x'));    // expect: [axb]
        Message('[%1]', DelChr('a1b2c3', '=', '0123456789')); // expect: [abc]
        Message('[%1]', DelChr('abc', '=', ''));          // expect: [abc]
        Message('[%1]', DelChr('', '<>', 'x'));           // expect: []
        Message('[%1]', DelChr('xxx', '<', 'x'));         // expect: []
        asserterror Message(ConvertStr('abc', 'ab', 'x'));
        Message(GetLastErrorText()); // expect: The FromCharacters and ToCharacters parameters of ConvertStr must have the same length.
        Message(DelChr('abc', 'x', 'a')); // expect runtime error: The value 'x' of the Where parameter of DelChr is not valid. It may contain only '<', '>' and '='.
    end;
}
