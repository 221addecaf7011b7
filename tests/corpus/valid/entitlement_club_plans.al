entitlement "CSO Club Essentials"
{
    Type = PerUserServicePlan;
    Id = '6f3c2a10-8d4b-4e7a-9b21-0c5d7e8f9a01';
    ObjectEntitlements = "CSO Club - Edit";
}

entitlement "CSO Club Premium"
{
    Type = PerUserServicePlan;
    Id = '6f3c2a10-8d4b-4e7a-9b21-0c5d7e8f9a02';
    ObjectEntitlements = "CSO Club - Admin", "CSO Club - Edit";
}

entitlement "CSO Club Team Member"
{
    Type = PerUserServicePlan;
    Id = '6f3c2a10-8d4b-4e7a-9b21-0c5d7e8f9a03';
    ObjectEntitlements = "CSO Club - Read";
}

entitlement "CSO Delegated Admin"
{
    Type = Role;
    RoleType = Delegated;
    Id = '00000000-0000-0000-0000-000000000007';
    ObjectEntitlements = "CSO Club - Admin";
}

entitlement "CSO Global Admin"
{
    Type = Role;
    RoleType = Local;
    Id = '62e90394-69f5-4237-9190-012177145e10';
    ObjectEntitlements = "CSO Club - Admin";
}

entitlement "CSO Unlicensed Viewer"
{
    Type = Unlicensed;
    ObjectEntitlements = "CSO Club - Objects";
}

entitlement "CSO Implicit Access"
{
    Type = Implicit;
    ObjectEntitlements = "CSO Club - Objects";
}

entitlement "CSO Club Trial"
{
    Type = FlatRateServicePlan;
    Id = '6f3c2a10-8d4b-4e7a-9b21-0c5d7e8f9a04';
    ObjectEntitlements = "CSO Club - Read";
}

entitlement "CSO Club Application Scope"
{
    Type = ApplicationScope;
    Id = 'API.ReadWrite.All';
    ObjectEntitlements = "CSO Club - Edit";
}
