package dev.fahras.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for JSON Lines input, so the library needs no JSON
 * dependency. Objects become {@link LinkedHashMap}, arrays {@link List}, numbers {@link Double} or
 * {@link Long}. Not thread-safe; one instance per parse.
 */
public final class JsonParser {
  /** A syntax error at a 1-based column. */
  public static final class JsonException extends Exception {
    public final int column;

    JsonException(String message, int column) {
      super(message + " at column " + column);
      this.column = column;
    }
  }

  private final String s;
  private int i;

  private JsonParser(String s) {
    this.s = s;
  }

  /** Parses one JSON value filling the whole string (whitespace aside). */
  public static Object parse(String s) throws JsonException {
    JsonParser p = new JsonParser(s);
    p.skipSpace();
    Object v = p.value(0);
    p.skipSpace();
    if (p.i != s.length()) throw p.error("unexpected text after the value");
    return v;
  }

  private JsonException error(String message) {
    return new JsonException(message, i + 1);
  }

  private Object value(int depth) throws JsonException {
    if (depth > 64) throw error("nesting deeper than 64");
    if (i >= s.length()) throw error("unexpected end of line");
    char c = s.charAt(i);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) yield number();
        throw error("unexpected character '" + c + "'");
      }
    };
  }

  private Map<String, Object> object(int depth) throws JsonException {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    skipSpace();
    if (peek('}')) {
      i++;
      return m;
    }
    while (true) {
      skipSpace();
      if (!peek('"')) throw error("expected a field name in quotes");
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      m.put(key, value(depth + 1));
      skipSpace();
      if (peek(',')) {
        i++;
      } else if (peek('}')) {
        i++;
        return m;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws JsonException {
    List<Object> l = new ArrayList<>();
    i++;
    skipSpace();
    if (peek(']')) {
      i++;
      return l;
    }
    while (true) {
      skipSpace();
      l.add(value(depth + 1));
      skipSpace();
      if (peek(',')) {
        i++;
      } else if (peek(']')) {
        i++;
        return l;
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws JsonException {
    i++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) throw error("unterminated string");
      char c = s.charAt(i++);
      if (c == '"') return b.toString();
      if (c < 0x20) {
        i--;
        throw error("control character in string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i >= s.length()) throw error("unterminated escape");
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) throw error("short \\u escape");
          try {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          i += 4;
        }
        default -> {
          i--;
          throw error("bad escape '\\" + e + "'");
        }
      }
    }
  }

  private Object number() throws JsonException {
    int start = i;
    if (peek('-')) i++;
    while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) i++;
    String n = s.substring(start, i);
    try {
      if (n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0) return Long.parseLong(n);
      return Double.parseDouble(n);
    } catch (NumberFormatException ex) {
      i = start;
      throw error("bad number '" + n + "'");
    }
  }

  private Object literal(String word, Object v) throws JsonException {
    if (!s.startsWith(word, i)) throw error("unexpected token");
    i += word.length();
    return v;
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private void expect(char c) throws JsonException {
    if (!peek(c)) throw error("expected '" + c + "'");
    i++;
  }

  private void skipSpace() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      i++;
    }
  }
}
