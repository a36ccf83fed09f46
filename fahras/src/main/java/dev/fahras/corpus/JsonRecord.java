package dev.fahras.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object, as a line of JSON Lines input is: each member's value as text (a string as it
 * is, a number as written, {@code true}/{@code false}, an object or array as compact JSON) and as
 * JSON. Members whose value is {@code null} are left out. Strict JSON, parsed by Jackson: no
 * comments, no leading zeros, no trailing content, no repeated member names.
 */
public final class JsonRecord {
  /** One member's value: as text, and whether it was a JSON string. */
  public record Value(String text, boolean isString) {
    /** The value as JSON: a string quoted, anything else as its text already is. */
    public String json() {
      if (!isString) return text;
      StringWriter quoted = new StringWriter(text.length() + 2);
      try (JsonGenerator g = FACTORY.createGenerator(quoted)) {
        g.writeString(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      return quoted.toString();
    }
  }

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // a line is bounded by the reader's own document limit (ReadOptions.maxDocumentBytes)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private final Map<String, Value> members;

  private JsonRecord(Map<String, Value> members) {
    this.members = Collections.unmodifiableMap(members);
  }

  /** Malformed JSON, or JSON that is not one object; the message says what and at which column. */
  public static final class MalformedException extends Exception {
    private final boolean notAnObject;

    MalformedException(String message, boolean notAnObject) {
      super(message);
      this.notAnObject = notAnObject;
    }

    /** Well-formed JSON, but an array or a scalar where an object was expected. */
    public boolean notAnObject() {
      return notAnObject;
    }
  }

  /** Parses {@code json}, which must hold exactly one object. */
  public static JsonRecord parse(String json) throws MalformedException {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT)
        throw new MalformedException("not a JSON object", true);
      Map<String, Value> members = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) continue;
        members.put(name, value(p, t));
      }
      if (p.nextToken() != null) {
        throw new MalformedException(
            "text after the object at column " + p.currentLocation().getColumnNr(), false);
      }
      return new JsonRecord(members);
    } catch (JsonProcessingException e) {
      // a stream read limit (nesting, a number's or a name's length) has no location
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new MalformedException(withoutApiNames(e.getOriginalMessage()) + where, false);
    } catch (IOException e) {
      throw new MalformedException(e.getMessage(), false);
    }
  }

  /** Jackson's limit messages name the Java method that sets them; a user has no use for it. */
  private static String withoutApiNames(String message) {
    return message == null
        ? "malformed JSON"
        : message.replaceAll(",? ?from `?StreamReadConstraints\\.[A-Za-z]+\\(\\)`?", "");
  }

  private static Value value(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) return new Value(p.getText(), true);
    if (t.isScalarValue()) return new Value(p.getText(), false);
    StringWriter structure = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(structure)) {
      g.copyCurrentStructure(p);
    }
    return new Value(structure.toString(), false);
  }

  /** The members, in the order written. */
  public Map<String, Value> members() {
    return members;
  }

  /** The value of member {@code name} as text, or null when absent or null. */
  public String text(String name) {
    Value v = members.get(name);
    return v == null ? null : v.text();
  }

  /** The value of member {@code name} if it is a JSON string, else null. */
  public String string(String name) {
    Value v = members.get(name);
    return v != null && v.isString() ? v.text() : null;
  }
}
