using CaseLibrary.Tests.Support;
using CaseLibrary.Writing;

namespace CaseLibrary.Tests.Output;

/// <summary>The output guard compares folders by real path: every link resolved, relative ones and chains included.</summary>
public sealed class RealPathTests
{
    [Fact]
    public void Links_are_resolved_at_every_level_like_realpath()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["a/b/c"]);
        Directory.CreateSymbolicLink(temp["up"], "a/b/c/../..");          // relative, with '..' after a real folder
        Directory.CreateSymbolicLink(temp["a/b/c/back"], "../../..");     // leads back to the temp folder
        Directory.CreateSymbolicLink(temp["chain"], temp["up"]);          // a link to a link
        Directory.CreateSymbolicLink(temp["a/b/via"], "../../chain/b");   // '..' applied to the link's real place

        var root = RealPath.Of(temp.Path);
        Assert.Equal(Path.Combine(root, "a"), RealPath.Of(temp["up"]));
        Assert.Equal(Path.Combine(root, "a", "b", "c"), RealPath.Of(temp["chain/b/c/back/a/b/c"]));
        Assert.Equal(Path.Combine(root, "a", "b"), RealPath.Of(temp["a/b/via"]));
        Assert.Equal(Path.Combine(root, "a", "b", "not-yet", "x"), RealPath.Of(temp["up/b/not-yet/x"]));
    }

    [Fact]
    public void A_link_loop_does_not_hang_and_the_first_link_on_a_path_is_found()
    {
        using var temp = new TempFolder();
        Directory.CreateSymbolicLink(temp["x"], "y");
        Directory.CreateSymbolicLink(temp["y"], "x");
        Directory.CreateDirectory(temp["real/sub"]);
        Directory.CreateSymbolicLink(temp["real/link"], temp["real/sub"]);

        Assert.Equal(temp["x/z"], RealPath.Of(temp["x/z"]));
        Assert.Equal(temp["real/link"], RealPath.FirstLink(temp["real/link/deeper/out"]));
        Assert.Null(RealPath.FirstLink(temp["real/sub/new/out"]));
        Assert.True(RealPath.IsWithin("/a/b", "/"));
        Assert.True(RealPath.IsWithin("/a/b", "/a"));
        Assert.False(RealPath.IsWithin("/a/bc", "/a/b"));
    }
}
