using Newtonsoft.Json;

public class Settings
{
    public JsonSerializerSettings Unsafe()
    {
        // ruleid: json-type-name-handling
        return new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
    }

    public JsonSerializerSettings AlsoUnsafe()
    {
        var settings = new JsonSerializerSettings();
        // ruleid: json-type-name-handling
        settings.TypeNameHandling = TypeNameHandling.Auto;
        return settings;
    }

    public JsonSerializerSettings Safe()
    {
        // ok: json-type-name-handling
        return new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
    }
}
