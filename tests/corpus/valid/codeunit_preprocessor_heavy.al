#define CSO_VERBOSE_LOG
#undef CSO_LEGACY_API
codeunit 50219 "CSO Voucher Management"
{
    Access = Public;
    Permissions = tabledata "CSO Voucher" = rimd;

    /*
        Voucher management.
        Vouchers are issued to members and can be redeemed against purchases.
        The old (pre-24) API took the amount as Integer; it is kept behind CLEAN24.
    */

    var
        ClubSetup: Record "CSO Club Setup";
        NoSeries: Codeunit "No. Series";
#if not CLEAN24
        LegacyRounding: Boolean;
#endif
#if CSO_VERBOSE_LOG
        LogLines: List of [Text];
#endif
        VoucherExpiredErr: Label 'Voucher %1 expired on %2.', Comment = '%1 = voucher code, %2 = expiry date';
        VoucherUsedErr: Label 'Voucher %1 has already been redeemed.', Comment = '%1 = voucher code';
        VoucherTooLargeErr: Label 'The voucher amount %1 exceeds the purchase amount %2.', Comment = '%1 = voucher amount, %2 = purchase amount';

    #region Issue

    /// <summary>
    /// Issues a new voucher for a member.
    /// </summary>
    /// <param name="MemberNo">The member that receives the voucher.</param>
    /// <param name="Amount">The value of the voucher.</param>
    /// <param name="ValidFor">How long the voucher is valid, for example &lt;3M&gt;.</param>
    /// <returns>The code of the new voucher.</returns>
    procedure IssueVoucher(MemberNo: Code[20]; Amount: Decimal; ValidFor: Text) VoucherCode: Code[20]
    var
        Voucher: Record "CSO Voucher";
        Validity: DateFormula;
    begin
        ClubSetup.Get();
        ClubSetup.TestField("Voucher Nos.");
        Evaluate(Validity, ValidFor);

        Voucher.Init();
        Voucher.Code := NoSeries.GetNextNo(ClubSetup."Voucher Nos.");
        Voucher."Member No." := MemberNo;
        Voucher.Amount := Amount;
        Voucher."Issued On" := WorkDate();
        Voucher."Expires On" := CalcDate(Validity, WorkDate());
        Voucher.Insert(true);
        VoucherCode := Voucher.Code;
        Log(StrSubstNo('Issued %1 (%2) to %3', VoucherCode, Amount, MemberNo));
    end;

#if not CLEAN24
    [Obsolete('Use IssueVoucher with a Decimal amount and a validity formula instead.', '24.0')]
    procedure IssueVoucher(MemberNo: Code[20]; Amount: Integer): Code[20]
    begin
        LegacyRounding := true;
        exit(IssueVoucher(MemberNo, Amount, '<1Y>'));
    end;
#endif

    #endregion

    #region Redeem

    procedure Redeem(VoucherCode: Code[20]; PurchaseAmount: Decimal) Remaining: Decimal
    var
        Voucher: Record "CSO Voucher";
    begin
        Voucher.Get(VoucherCode);
        CheckVoucher(Voucher);

        if Voucher.Amount > PurchaseAmount then
            Error(VoucherTooLargeErr, Voucher.Amount, PurchaseAmount);

        Voucher.Redeemed := true;
        Voucher."Redeemed On" := WorkDate();
        Voucher."Redeemed At" := CurrentDateTime();
        Voucher.Modify(true);
        Remaining := PurchaseAmount - Voucher.Amount;
#if not CLEAN24
        if LegacyRounding then
            Remaining := Round(Remaining, 1);
#endif
        Log(StrSubstNo('Redeemed %1, remaining %2', VoucherCode, Format(Remaining, 0, '<Precision,2:2><Standard Format,0>')));
    end;

    local procedure CheckVoucher(Voucher: Record "CSO Voucher")
    begin
        if Voucher.Redeemed then
            Error(VoucherUsedErr, Voucher.Code);
        if (Voucher."Expires On" <> 0D) and (Voucher."Expires On" < WorkDate()) then
            Error(VoucherExpiredErr, Voucher.Code, Voucher."Expires On");
    end;

    #endregion

#pragma warning disable AA0072
    procedure ExpireOldVouchers(AsOf: Date) ExpiredCount: Integer
    var
        voucher: Record "CSO Voucher";
    begin
        voucher.SetRange(Redeemed, false);
        voucher.SetFilter("Expires On", '<>%1&<%2', 0D, AsOf);
        ExpiredCount := voucher.Count();
        voucher.ModifyAll(Expired, true, true);
    end;
#pragma warning restore AA0072

#pragma warning disable AA0137, AA0202
    procedure CountOpenVouchers(MemberNo: Code[20]): Integer
    var
        Voucher: Record "CSO Voucher";
        UnusedCounter: Integer;
    begin
        Voucher.SetRange("Member No.", MemberNo);
        Voucher.SetRange(Redeemed, false);
        Voucher.SetRange(Expired, false);
        exit(Voucher.Count());
    end;
#pragma warning restore AA0137, AA0202

#if CLEAN25
    procedure GetVoucherBalance(MemberNo: Code[20]): Decimal
    var
        Voucher: Record "CSO Voucher";
    begin
        Voucher.SetRange("Member No.", MemberNo);
        Voucher.SetRange(Redeemed, false);
        Voucher.CalcSums(Amount);
        exit(Voucher.Amount);
    end;
#else
    procedure GetVoucherBalance(MemberNo: Code[20]): Decimal
    var
        Voucher: Record "CSO Voucher";
        Total: Decimal;
    begin
        Voucher.SetRange("Member No.", MemberNo);
        Voucher.SetRange(Redeemed, false);
        if Voucher.FindSet() then
            repeat
                Total += Voucher.Amount;
            until Voucher.Next() = 0;
        exit(Total);
    end;
#endif

    local procedure Log(Line: Text)
    begin
#if CSO_VERBOSE_LOG
        LogLines.Add(Format(CurrentDateTime(), 0, 9) + ' ' + Line);
        if LogLines.Count() > 100 then
            LogLines.RemoveAt(1);
#else
        // logging compiled out
#endif
    end;

#if CSO_LEGACY_API
    procedure LegacyEntryPoint()
    begin
        Error('This entry point is no longer supported.');
    end;
#endif

    procedure GetLog(var Lines: List of [Text])
    begin
#if CSO_VERBOSE_LOG
        Lines := LogLines;
#else
        Clear(Lines);
#endif
    end;
}
