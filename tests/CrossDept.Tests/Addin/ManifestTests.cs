using System.Diagnostics;
using System.Xml.Linq;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Addin;

/// <summary>manifest.xml: Microsoft's schemas accept it, office-addin-manifest reads it, and it asks Outlook for what the pane uses.</summary>
public sealed class ManifestTests
{
    static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/mailappversionoverrides";
    static readonly XNamespace Basic = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    static string Manifest => Path.Combine(SharedFolder.RepoRoot, "manifest.xml");

    static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = SharedFolder.RepoRoot };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception) { Assert.Fail($"{file} is not installed (apt-get install -y libxml2-utils nodejs)."); throw; }
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }

    [Test]
    public void ManifestValidatesAgainstMicrosoftsSchemas()
    {
        var schema = Path.Combine(SharedFolder.Require("manifest-schemas"), "OfficeAppManifestV1_1.xsd");
        var (code, output) = Run("xmllint", "--noout", "--schema", schema, Manifest);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("validates"));
    }

    [Test]
    public void OfficeAddinManifestReadsItAsAMailAdd_in()
    {
        var cli = Path.Combine(SharedFolder.RepoRoot, "addin", "node_modules", "office-addin-manifest", "cli.js");
        if (!File.Exists(cli))
            Assert.Fail($"{cli} is missing: cd addin && npm ci.");
        var (code, output) = Run("node", cli, "info", Manifest);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("Type: MailApp").And.Contain("Name: CrossDept").And.Contain("Permissions: ReadWriteItem"));
    }

    [Test]
    public void ManifestIsWhatTheGeneratorWritesForDevelopment()
    {
        var generated = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.xml");
        var (code, output) = Run("node", Path.Combine("addin", "scripts", "manifest.mjs"), "--host", "https://localhost:3000", "--out", generated);
        Assert.That(code, Is.Zero, output);
        Assert.That(File.ReadAllText(generated), Is.EqualTo(File.ReadAllText(Manifest)), "run `npm run manifest` in addin/ and commit manifest.xml");
        File.Delete(generated);
    }

    [Test]
    public void ProductionHostReplacesEveryAddress()
    {
        var generated = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.xml");
        var (code, output) = Run("node", Path.Combine("addin", "scripts", "manifest.mjs"), "--host", "https://crossdept.contoso.com/", "--out", generated);
        Assert.That(code, Is.Zero, output);
        var text = File.ReadAllText(generated);
        File.Delete(generated);
        Assert.That(text, Does.Not.Contain("localhost"));
        Assert.That(text, Does.Contain("https://crossdept.contoso.com/pane/index.html"));
        Assert.That(Run("node", Path.Combine("addin", "scripts", "manifest.mjs"), "--host", "http://crossdept.contoso.com", "--out", generated).Code,
            Is.Not.Zero, "Outlook loads add-ins over HTTPS only");
    }

    [Test]
    public void ReadAndComposeSurfacesEachOpenThePaneWithIconsAtEverySize()
    {
        var manifest = XDocument.Load(Manifest);
        var root = manifest.Root!;
        Assert.That(root.Attribute(Xsi + "type")!.Value, Is.EqualTo("MailApp"));
        var mailbox = root.Element(App + "Requirements")!.Descendants(App + "Set").Single();
        Assert.That(Version.Parse(mailbox.Attribute("MinVersion")!.Value), Is.LessThanOrEqualTo(new Version(1, 5)));
        Assert.That(root.Element(App + "SupportUrl")!.Attribute("DefaultValue")!.Value, Does.StartWith("https://"));
        Assert.That(root.Element(App + "AppDomains")!.Elements(App + "AppDomain"), Is.Not.Empty);

        var surfaces = root.Descendants(Overrides + "ExtensionPoint").Select(e => e.Attribute(Xsi + "type")!.Value).ToArray();
        Assert.That(surfaces, Is.EquivalentTo(new[] { "MessageReadCommandSurface", "MessageComposeCommandSurface" }));
        foreach (var control in root.Descendants(Overrides + "Control"))
        {
            Assert.That(control.Element(Overrides + "Action")!.Attribute(Xsi + "type")!.Value, Is.EqualTo("ShowTaskpane"));
            var sizes = control.Element(Overrides + "Icon")!.Elements(Basic + "Image").Select(i => i.Attribute("size")!.Value);
            Assert.That(sizes, Is.EquivalentTo(new[] { "16", "32", "80" }));
        }

        // Every icon the manifest names exists in the pane's assets, at its stated size.
        var icons = root.Descendants().Attributes("DefaultValue").Select(a => a.Value).Where(v => v.EndsWith(".png", StringComparison.Ordinal)).ToArray();
        Assert.That(icons.Select(Path.GetFileName), Is.SupersetOf(new[] { "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "icon-128.png" }));
        foreach (var icon in icons.Select(Path.GetFileName).Distinct())
        {
            var file = Path.Combine(SharedFolder.RepoRoot, "addin", "public", "assets", icon!);
            var size = int.Parse(icon!["icon-".Length..^".png".Length], System.Globalization.CultureInfo.InvariantCulture);
            var png = File.ReadAllBytes(file);
            // PNG IHDR: width and height, big-endian, at bytes 16 and 20.
            Assert.That((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19], Is.EqualTo(size), icon);
            Assert.That((png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23], Is.EqualTo(size), icon);
        }
    }
}
