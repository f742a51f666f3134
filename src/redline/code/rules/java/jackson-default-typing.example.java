import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;

class Mapper {
    ObjectMapper build() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: jackson-default-typing
        mapper.enableDefaultTyping();
        // ruleid: jackson-default-typing
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        // ok: jackson-default-typing
        mapper.findAndRegisterModules();
        return mapper;
    }
}

// ruleid: jackson-default-typing
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
abstract class Shape {}

// ok: jackson-default-typing
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
abstract class Animal {}
