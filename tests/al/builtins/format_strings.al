codeunit 50240 "Format Numbers And Strings"
{
    trigger OnRun()
    var
        Opt: Option Open,Released;
        T: Time;
        Big: BigInteger;
    begin
        // Boolean: standard formats 0, 2 (AL constant) and 9 (XML)
        Message('[%1][%2]', Format(true), Format(false));                          // expect: [Yes][No]
        Message('[%1][%2]', Format(true, 0, '<Standard Format,2>'), Format(false, 0, 2)); // expect: [1][0]
        Message('[%1][%2]', Format(true, 0, 9), Format(false, 0, 9));              // expect: [true][false]
        // Integer, BigInteger: no thousands separator in any standard format
        Message('[%1][%2]', Format(-567), Format(1234567, 0, 1));                   // expect: [-567][1234567]
        Big := 1000000000000L;
        Message('[%1][%2]', Format(Big), Format(-Big, 0, 9));                       // expect: [1000000000000][-1000000000000]
        // Decimal: thousands in format 0, none in 1, 2 and 9; decimals as needed
        Message('[%1][%2]', Format(-76543.21), Format(-76543.21, 0, 1));            // expect: [-76,543.21][-76543.21]
        Message('[%1][%2]', Format(-76543.21, 0, 2), Format(-76543.21, 0, 9));      // expect: [-76543.21][-76543.21]
        Message('[%1][%2][%3]', Format(0.5), Format(-0.5), Format(1.50));           // expect: [0.5][-0.5][1.5]
        Message('[%1]', Format(0.0));                                               // expect: [0]
        // format strings
        Message('[%1]', Format(-1234567.891, 0, '<Sign><Integer Thousand><Decimals>')); // expect: [-1,234,567.891]
        Message('[%1]', Format(1234.5, 0, '<Precision,2:2><Standard Format,0>'));   // expect: [1,234.50]
        Message('[%1]', Format(0.125, 0, '<Precision,2:2><Standard Format,0>'));    // expect: [0.13]
        Message('[%1]', Format(-0.125, 0, '<Precision,2:2><Standard Format,0>'));   // expect: [-0.13]
        Message('[%1]', Format(123, 0, '<Integer,6><Filler Character,0>'));         // expect: [000123]
        Message('[%1]', Format(1234567, 0, '<Integer Thousand>'));                  // expect: [1,234,567]
        Message('[%1]', Format(5, 0, '<Integer><Decimals>'));                       // expect: [5]
        // Length: positive right-aligns (asterisks when too long), negative left-aligns and cuts (chosen)
        Message('[%1][%2]', Format('abc', 5), Format(false, 5));                    // expect: [  abc][   No]
        Message('[%1][%2]', Format(12345, 4), Format('abc', -5));                   // expect: [****][abc  ]
        Message('[%1]', Format(-1.5, 0));                                           // expect: [-1.5]
        // Option and Time
        Opt := Opt::Released;
        Message('[%1][%2]', Format(Opt), Format(Opt::Open));                        // expect: [Released][Open]
        T := 115934.444T;
        Message('[%1][%2]', Format(T), Format(T, 0, 9));                            // expect: [11:59:34.444 AM][11:59:34.444]
        T := 030000T;
        Message('[%1]', Format(T));                                                 // expect: [3:00:00 AM]
        Message('[%1]', Format(20240131D, 0, '<Weekday Text>, <Month Text> <Day>, <Year4>')); // expect: [Wednesday, January 31, 2024]
        Message('[%1]', Format(ClosingDate(20240131D), 0, '<Closing><Month,2>/<Day,2>/<Year>')); // expect: [C01/31/24]
        Message('[%1]', Format(ClosingDate(20240131D)));                            // expect: [C01/31/24]
    end;
}
