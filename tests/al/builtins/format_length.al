codeunit 50154 "Format Length"
{
    trigger OnRun()
    begin
        Message('[%1]', Format(42, 5));        // expect: [   42]
        Message('[%1]', Format(123456, 3));    // expect: [***]
        Message('[%1]', Format('ab', -4));     // expect: [ab  ]
        Message('[%1]', Format('abcdef', -3)); // expect: [abc]
        Message('[%1]', Format(true));         // expect: [Yes]
    end;
}
