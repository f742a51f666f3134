import java.io.InputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class Config {
    Map<String, Object> load(InputStream input) {
        // ruleid: snakeyaml-unsafe-constructor
        Yaml yaml = new Yaml();
        return yaml.load(input);
    }

    Map<String, Object> safe(InputStream input) {
        // ok: snakeyaml-unsafe-constructor
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(input);
    }
}
