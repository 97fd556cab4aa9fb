namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>Tests against a fresh fake Graph tenant each: <see cref="Tenant"/> and a client signed in as its user.</summary>
public abstract class GraphTenantTest
{
    protected GraphTenant Tenant { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public async Task StartTenant()
    {
        Tenant = await GraphTenant.StartAsync();
        Client = Tenant.Client();
    }

    [TearDown]
    public async Task StopTenant()
    {
        Client.Dispose();
        await Tenant.DisposeAsync();
    }
}
