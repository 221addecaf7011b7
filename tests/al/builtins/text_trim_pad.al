codeunit 50208 "Trim And Pad Methods"
{
    trigger OnRun()
    var
        S: Text;
        Tab: Char;
    begin
        Tab := 9;
        S := Format(Tab) + '  x y  ' + Format(Tab);
        Message('[%1]', S.Trim());                    // expect: [x y]
        Message('[%1]', '--x--'.Trim('-'));           // expect: [x]
        Message('[%1]', 'xyxAyx'.Trim('xy'));         // expect: [A]
        Message('[%1]', '--x--'.TrimStart('-'));      // expect: [x--]
        Message('[%1]', '--x--'.TrimEnd('-'));        // expect: [--x]
        Message('[%1]', '  x  '.Trim(''));            // expect: [x]
        Message('[%1]', '----'.Trim('-'));            // expect: []
        Message('[%1]', ''.Trim());                   // expect: []
        Message('[%1]', 'ab'.PadLeft(5, '*'));        // expect: [***ab]
        Message('[%1]', 'ab'.PadRight(4));            // expect: [ab  ]
        Message('[%1]', 'abcdef'.PadLeft(3));         // expect: [abcdef]
        Message('[%1]', 'abcdef'.PadRight(3, '.'));   // expect: [abcdef]
        Message('[%1]', ''.PadLeft(2, '0'));          // expect: [00]
        Message('[%1]', 'ab'.PadLeft(0));             // expect: [ab]
        Message('[%1]', 'ab'.PadRight(-1)); // expect runtime error: Non-negative number required. (Parameter 'totalWidth')
    end;
}
