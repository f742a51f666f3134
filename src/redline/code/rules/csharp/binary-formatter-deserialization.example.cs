using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using System.Web.Script.Serialization;

public class Store
{
    public object Load(Stream stream)
    {
        var formatter = new BinaryFormatter();
        // ruleid: binary-formatter-deserialization
        return formatter.Deserialize(stream);
    }

    public Order LoadJson(Stream stream)
    {
        // ok: binary-formatter-deserialization
        return JsonSerializer.Deserialize<Order>(stream);
    }

    public object Legacy(string json)
    {
        // ruleid: binary-formatter-deserialization
        var serializer = new JavaScriptSerializer(new SimpleTypeResolver());
        // ok: binary-formatter-deserialization
        var plain = new JavaScriptSerializer();
        return serializer.DeserializeObject(json);
    }
}
