namespace Contoso.Club.API;

using Microsoft.Inventory.Item;
using Microsoft.Inventory.Ledger;
using Microsoft.Inventory.Location;

query 50298 "CSO API Item Movements"
{
    QueryType = API;
    APIPublisher = 'contoso';
    APIGroup = 'club';
    APIVersion = 'v2.0';
    EntityName = 'itemMovement';
    EntitySetName = 'itemMovements';
    EntityCaption = 'Item Movement';
    EntitySetCaption = 'Item Movements';
    DataAccessIntent = ReadOnly;
    Caption = 'itemMovements', Locked = true;

    elements
    {
        dataitem(item; Item)
        {
            DataItemTableFilter = Type = const(Inventory), Blocked = const(false);

            column(itemNumber; "No.")
            {
                Caption = 'Item No.', Locked = true;
            }
            column(description; Description)
            {
                Caption = 'Description', Locked = true;
            }
            column(certification; "CSO Certification")
            {
                Caption = 'Certification', Locked = true;
            }
            dataitem(itemLedgerEntry; "Item Ledger Entry")
            {
                DataItemLink = "Item No." = item."No.";
                SqlJoinType = InnerJoin;

                column(entryType; "Entry Type")
                {
                    Caption = 'Entry Type', Locked = true;
                }
                column(locationCode; "Location Code")
                {
                    Caption = 'Location Code', Locked = true;
                }
                column(quantity; Quantity)
                {
                    Caption = 'Quantity', Locked = true;
                    Method = Sum;
                }
                column(invoicedQuantity; "Invoiced Quantity")
                {
                    Caption = 'Invoiced Quantity', Locked = true;
                    Method = Sum;
                }
                column(entryCount)
                {
                    Caption = 'Entry Count', Locked = true;
                    Method = Count;
                }
                column(lastPostingDate; "Posting Date")
                {
                    Caption = 'Last Posting Date', Locked = true;
                    Method = Max;
                }
                filter(postingDateFilter; "Posting Date")
                {
                }
                dataitem(location; Location)
                {
                    DataItemLink = Code = itemLedgerEntry."Location Code";
                    SqlJoinType = LeftOuterJoin;

                    column(locationName; Name)
                    {
                        Caption = 'Location Name', Locked = true;
                    }
                }
            }
        }
    }
}

query 50299 "CSO API Member Balances"
{
    QueryType = API;
    APIPublisher = 'contoso';
    APIGroup = 'club';
    APIVersion = 'v2.0', 'v1.0';
    EntityName = 'memberBalance';
    EntitySetName = 'memberBalances';
    OrderBy = descending(balance);

    elements
    {
        dataitem(member; "CSO Club Member")
        {
            column(id; SystemId)
            {
            }
            column(number; "No.")
            {
            }
            column(displayName; Name)
            {
            }
            column(level; "Membership Level")
            {
            }
            dataitem(ledger; "CSO Member Ledger Entry")
            {
                DataItemLink = "Member No." = member."No.";
                SqlJoinType = LeftOuterJoin;
                DataItemTableFilter = Open = const(true);

                column(balance; "Remaining Amount")
                {
                    Method = Sum;
                }
                column(points; Points)
                {
                    Method = Sum;
                }
                column(oldestOpenDate; "Posting Date")
                {
                    Method = Min;
                }
                filter(currencyFilter; "Currency Code")
                {
                    ColumnFilter = currencyFilter = const('');
                }
            }
        }
    }

    trigger OnBeforeOpen()
    begin
        SetFilter(balance, '<>0');
    end;
}
