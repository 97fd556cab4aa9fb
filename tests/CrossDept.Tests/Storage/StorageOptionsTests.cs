using CrossDept.Tests.Support;
using Microsoft.Extensions.Options;

namespace CrossDept.Tests.Storage;

/// <summary>A wrong Storage section stops the API at start, naming the configuration path.</summary>
public sealed class StorageOptionsTests
{
    [Test]
    public void PostgresWithoutAConnectionStringFailsAtStartNamingThePath()
    {
        using var api = new ApiFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "" });

        var failure = Assert.Catch(() => api.CreateClient());

        Assert.That(failure, Is.InstanceOf<OptionsValidationException>());
        Assert.That(failure!.Message, Does.Contain("Storage:ConnectionString is required when Storage:Provider is Postgres"));
    }

    [Test]
    public void AnUnknownProviderFailsAtStartNamingThePath()
    {
        using var api = new ApiFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" });

        var failure = Assert.Catch(() => api.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Storage:Provider"));
    }
}
