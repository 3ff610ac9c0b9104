package org.legalaid.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.legalaid.shared.TextInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the API strictly, before JSON-B binds it (issue 19: JSON-B
 * coerced silently — 123, true, 1.5 and {@code ["x"]} were stored as names, 1.5 became 1, a
 * {@code parentId} of 2⁶⁴+984 wrapped to 984, and a second document or trailing garbage after the
 * first was ignored):
 * <ul>
 *   <li>exactly one JSON document, nothing but white space after it;</li>
 *   <li>each member checked against the Java type of the property it binds to: text only from a
 *   JSON string, whole numbers only from an integral number within the type's range, decimals from
 *   a number, yes/no only from {@code true}/{@code false}, lists only from arrays without
 *   {@code null} elements, nested objects recursively;</li>
 *   <li>every string through the one text normalisation of the shared kernel ({@link TextInput}),
 *   control characters and bidi overrides refused (passwords are left as sent);</li>
 *   <li>at most {@link #MAX_BYTES} bytes (413 beyond).</li>
 * </ul>
 * A refusal is a {@link BadJson} naming each member by its public name (its JSON path, such as
 * {@code defendant.birthDate} or {@code categories[0]}), answered 400 in the caller's language by
 * {@link ProblemMapper}. Members the type does not have are left to JSON-B (ignored), as before.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** The largest JSON body the API reads: its forms are a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The input was refused: one entry per member, each a message key and the member's public name. */
    public static final class BadJson extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<Map.Entry<String, String>> errors;

        BadJson(List<Map.Entry<String, String>> errors) {
            super("refused JSON input", null, false, false);
            this.errors = List.copyOf(errors);
        }

        /** Pairs of (message key, member path). */
        public List<Map.Entry<String, String>> errors() {
            return errors;
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE) || mediaType.getSubtype().endsWith("+json"))
                && !JsonValue.class.isAssignableFrom(type) && type != String.class && type != byte[].class
                && type != InputStream.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entity) throws IOException {
        String text = readBounded(entity);
        JsonValue document = parseOne(text);
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        check(document, genericType == null ? type : genericType, "", errors);
        JsonValue normalised = normalise(document, "", errors);
        if (!errors.isEmpty()) {
            throw new BadJson(errors);
        }
        return JSONB.fromJson(normalised.toString(), genericType == null ? type : genericType);
    }

    private static String readBounded(InputStream entity) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = entity.read(buffer)) > 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new WebApplicationException(Response.status(413).build());
            }
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Exactly one document: the parser must end right after the first value. */
    private static JsonValue parseOne(String text) {
        if (text.isBlank()) {
            throw new BadJson(List.of(Map.entry("api.json.empty", "")));
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            try {
                parser.next();
                value = parser.getValue();
            } catch (JsonException | java.util.NoSuchElementException e) {
                throw new BadJson(List.of(Map.entry("api.json.syntax", "")));
            }
            try {
                if (parser.hasNext()) {
                    throw new BadJson(List.of(Map.entry("api.json.trailing", "")));
                }
            } catch (JsonException e) {
                throw new BadJson(List.of(Map.entry("api.json.trailing", "")));
            }
        }
        return value;
    }

    /**
     * Every string through the shared kernel's one normalisation ({@link TextInput}); a string with
     * control characters or bidi overrides is refused. Passwords are left exactly as sent.
     */
    private static JsonValue normalise(JsonValue value, String path, List<Map.Entry<String, String>> errors) {
        switch (value.getValueType()) {
            case STRING -> {
                if (path.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                    return value;
                }
                String text = TextInput.normalise(((JsonString) value).getString());
                if (!TextInput.isAcceptable(text)) {
                    errors.add(Map.entry("api.json.refusedCharacters", path));
                }
                return Json.createValue(text);
            }
            case OBJECT -> {
                JsonObjectBuilder b = Json.createObjectBuilder();
                for (Map.Entry<String, JsonValue> m : value.asJsonObject().entrySet()) {
                    b.add(m.getKey(), normalise(m.getValue(), path.isEmpty() ? m.getKey() : path + "." + m.getKey(), errors));
                }
                return b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = Json.createArrayBuilder();
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    b.add(normalise(array.get(i), path + "[" + i + "]", errors));
                }
                return b.build();
            }
            default -> {
                return value;
            }
        }
    }

    private static void check(JsonValue value, Type target, String path, List<Map.Entry<String, String>> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // a missing value is Bean Validation's to judge (@NotNull and the like)
        }
        Class<?> raw = rawClass(target);
        if (raw == null || raw == Object.class) {
            return;
        }
        JsonValue.ValueType kind = value.getValueType();
        if (raw == String.class || raw.isEnum() || Temporal.class.isAssignableFrom(raw) || raw == Character.class || raw == char.class) {
            if (kind != JsonValue.ValueType.STRING) {
                errors.add(Map.entry("api.json.expectedText", path));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (kind != JsonValue.ValueType.TRUE && kind != JsonValue.ValueType.FALSE) {
                errors.add(Map.entry("api.json.expectedBoolean", path));
            }
        } else if (isWholeNumber(raw)) {
            if (kind != JsonValue.ValueType.NUMBER || !fits((JsonNumber) value, raw)) {
                errors.add(Map.entry("api.json.expectedWholeNumber", path));
            }
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (kind != JsonValue.ValueType.NUMBER) {
                errors.add(Map.entry("api.json.expectedNumber", path));
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (kind != JsonValue.ValueType.ARRAY) {
                errors.add(Map.entry("api.json.expectedList", path));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(target, 0);
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    errors.add(Map.entry("api.json.nullElement", at));
                } else {
                    check(array.get(i), element, at, errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (kind != JsonValue.ValueType.OBJECT) {
                errors.add(Map.entry("api.json.expectedObject", path));
            }
        } else if (!raw.isPrimitive() && !raw.getName().startsWith("java.")) {
            if (kind != JsonValue.ValueType.OBJECT) {
                errors.add(Map.entry("api.json.expectedObject", path));
                return;
            }
            JsonObject object = value.asJsonObject();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Type memberType = memberType(raw, member.getKey());
                if (memberType != null) {
                    check(member.getValue(), memberType, path.isEmpty() ? member.getKey() : path + "." + member.getKey(), errors);
                }
            }
        }
    }

    private static boolean isWholeNumber(Class<?> c) {
        return c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class || c == byte.class || c == Byte.class || c == BigInteger.class;
    }

    /** An integral number within the range of the target type (no fraction, no wrap-around). */
    private static boolean fits(JsonNumber number, Class<?> target) {
        BigDecimal d = number.bigDecimalValue();
        BigInteger whole;
        try {
            whole = d.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            return false;
        }
        if (target == BigInteger.class) {
            return true;
        }
        long min;
        long max;
        if (target == long.class || target == Long.class) {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        } else if (target == int.class || target == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (target == short.class || target == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        }
        return whole.compareTo(BigInteger.valueOf(min)) >= 0 && whole.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** The type JSON-B binds a member to: a record component, a setter's parameter or a field, by its JSON name. */
    private static Type memberType(Class<?> owner, String jsonName) {
        if (owner.isRecord()) {
            for (RecordComponent c : owner.getRecordComponents()) {
                if (jsonName.equals(publicName(c.getName(), c.getAccessor().getAnnotation(JsonbProperty.class)))) {
                    return c.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && jsonName.equals(publicName(f.getName(), f.getAnnotation(JsonbProperty.class)))) {
                    Type setter = setterType(owner, f.getName());
                    return setter != null ? setter : f.getGenericType();
                }
            }
        }
        return setterType(owner, jsonName);
    }

    private static Type setterType(Class<?> owner, String property) {
        String name = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method m : owner.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
                return m.getGenericParameterTypes()[0];
            }
        }
        return null;
    }

    private static String publicName(String javaName, JsonbProperty property) {
        return property != null && !property.value().isEmpty() ? property.value() : javaName;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index ? p.getActualTypeArguments()[index] : Object.class;
    }
}
