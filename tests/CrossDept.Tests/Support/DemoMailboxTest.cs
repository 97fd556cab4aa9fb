namespace CrossDept.Tests.Support;

/// <summary>Tests against the API in demo mode, each with its own folder for the drafts and calls the demo writes.</summary>
public abstract class DemoMailboxTest
{
    protected string Output { get; private set; } = null!;
    protected DemoApiFactory Api { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public void StartDemo()
    {
        Output = Directory.CreateTempSubdirectory("crossdept-demo-test").FullName;
        Api = new DemoApiFactory(new Dictionary<string, string?> { ["Mailbox:DemoOutputFolder"] = Output });
        Client = Api.CreateClient();
    }

    [TearDown]
    public void StopDemo()
    {
        Client.Dispose();
        Api.Dispose();
        Directory.Delete(Output, recursive: true);
    }
}
