using System.Net;
using System.Net.Sockets;

namespace Orchestration.TestKit.Azurite;

/// <summary>Connection strings for storage failure tests: the development account signed with a wrong key, or on a port nothing listens on.</summary>
public static class StorageConnectionStrings
{
    /// <summary>Gets a well-formed account key that is not the development account's.</summary>
    public static string WrongKey { get; } = Convert.ToBase64String(new byte[64]);

    /// <summary>The development account's name on the given Blob and Table roots (path-style), signed with <paramref name="accountKey"/>.</summary>
    /// <param name="blobRoot">The Blob service root, e.g. <see cref="AzuriteServer.BlobRoot"/>.</param>
    /// <param name="tableRoot">The Table service root.</param>
    /// <param name="accountKey">The key to sign with.</param>
    /// <returns>The connection string.</returns>
    public static string DevelopmentAccount(Uri blobRoot, Uri tableRoot, string accountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={accountKey};"
        + $"BlobEndpoint={blobRoot}devstoreaccount1;TableEndpoint={tableRoot}devstoreaccount1;";

    /// <summary>
    /// An account on a loopback port taken from the OS and released: nothing listens there, so every connection is
    /// refused at once.
    /// </summary>
    /// <returns>The connection string.</returns>
    public static string ClosedPort()
    {
        TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Uri root = new($"http://127.0.0.1:{port}/");
        return DevelopmentAccount(root, root, WrongKey);
    }
}
