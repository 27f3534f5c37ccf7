package vn.thidua.platform.axon;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;

import com.fasterxml.jackson.annotation.JsonFormat;

import vn.thidua.api.TypedId;

/**
 * Writes every {@link TypedId} as its bare string and reads it back through the record's canonical
 * constructor, so ids look the same in HTTP bodies, in stored events and in query results.
 */
public final class TypedIdModule extends SimpleModule {

    public TypedIdModule() {
        super("thidua-typed-ids");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                     BeanDescription.Supplier beanDesc, JsonFormat.Value format) {
                return TypedId.class.isAssignableFrom(type.getRawClass()) ? IdSerializer.INSTANCE : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                             BeanDescription.Supplier beanDesc) {
                return hasDeserializerFor(config, type.getRawClass()) ? new IdDeserializer(type.getRawClass()) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return TypedId.class.isAssignableFrom(valueType) && valueType.isRecord();
            }
        });
    }

    private static final class IdSerializer extends ValueSerializer<TypedId> {
        static final IdSerializer INSTANCE = new IdSerializer();

        @Override
        public void serialize(TypedId value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.value());
        }
    }

    private static final class IdDeserializer extends ValueDeserializer<Object> {
        private final Class<?> idType;
        private final Constructor<?> constructor;

        IdDeserializer(Class<?> idType) {
            this.idType = idType;
            try {
                this.constructor = idType.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(idType + " must be a record of one String", e);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            if (text == null) {
                return ctxt.handleUnexpectedToken(idType, p);
            }
            try {
                return constructor.newInstance(text);
            } catch (InvocationTargetException e) {
                return ctxt.handleWeirdStringValue(idType, text, e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
