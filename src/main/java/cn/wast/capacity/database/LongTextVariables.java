package cn.wast.capacity.database;

import cn.wast.capacity.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A string process variable of any length is stored whole. Camunda keeps a string in a column of
 * 4,000 characters ({@code TEXT_}), and a longer one fails the whole step that sets it: the
 * submission, the decision or the job. A string longer than that is stored as bytes instead,
 * as the engine stores a JSON value, and is read back as the same string: Tasklist, REST, Cockpit
 * and history see a {@code String} as before. Shorter strings are stored as they always were, so
 * the engine's queries by value keep working for them (no long text is ever looked up by value).
 */
@Component
class LongTextVariables extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    serializers.add(new LongStringSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /** A string over the column's length, kept as UTF-8 bytes under its own type name. */
  static final class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

    /** Stored in the variable's {@code TYPE_} column: never rename, stored values name it. */
    static final String NAME = "longString";

    LongStringSerializer() {
      super(ValueType.STRING);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      // UTF-16 units: H2 counts a column's length in them, PostgreSQL in code points, never more.
      return value.getValue() instanceof String text && text.length() > Markdown.MAX_VARIABLE_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
      byte[] bytes = valueFields.getByteArrayValue();
      return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8),
          asTransientValue);
    }
  }
}
