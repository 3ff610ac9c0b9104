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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
 *   a number, yes/no only from {@code true}/{@code false}, an enum only from one of its constants
 *   and a date or time only in its ISO 8601 form (each refusal naming the member and the form
 *   expected: JSON-B's own refusal named neither), lists only from arrays without
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
        private final transient List<Map.Entry<String, String>> errors;

        BadJson(List<Map.Entry<String, String>> errors) {
            super("refused JSON input", null, false, false);
            this.errors = List.copyOf(errors);
        }

        /**
         * Pairs of (message key, member path); a {@link Expected} entry also carries the form the
         * member must have (the enum's constants), as its further message arguments.
         */
        public List<Map.Entry<String, String>> errors() {
            return errors;
        }
    }

    /**
     * An error naming the member and what it must be: the message's first argument is the member's
     * path, the second the accepted values (an enum's constants, comma-separated).
     */
    public record Expected(String getKey, String getValue, String accepted) implements Map.Entry<String, String> {
        @Override
        public String setValue(String value) {
            throw new UnsupportedOperationException();
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
        if (raw.isEnum()) {
            // JSON-B's own refusal named no member and no value (issue 19 review)
            if (kind != JsonValue.ValueType.STRING || !isConstant(raw, ((JsonString) value).getString())) {
                errors.add(new Expected("api.json.expectedConstant", path, constants(raw)));
            }
        } else if (TEMPORAL_FORMS.containsKey(raw)) {
            if (kind != JsonValue.ValueType.STRING || !parses(raw, ((JsonString) value).getString())) {
                errors.add(Map.entry(TEMPORAL_FORMS.get(raw), path));
            }
        } else if (raw == String.class || Temporal.class.isAssignableFrom(raw) || raw == Character.class || raw == char.class) {
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

    /**
     * The date and time types the API binds, each with the message key that names its form (JSON-B's
     * defaults, ISO 8601: {@code 2026-12-08}, {@code 2026-12-08T09:30:00}, {@code 2026-12-08T09:30:00+08:00}).
     */
    private static final Map<Class<?>, String> TEMPORAL_FORMS = Map.of(
            LocalDate.class, "api.json.expectedDate",
            LocalDateTime.class, "api.json.expectedDateTime",
            OffsetDateTime.class, "api.json.expectedOffsetDateTime",
            Instant.class, "api.json.expectedOffsetDateTime",
            LocalTime.class, "api.json.expectedTime",
            YearMonth.class, "api.json.expectedMonth");

    /** Whether {@code text} is the form JSON-B reads for {@code type} (the ISO 8601 form). */
    private static boolean parses(Class<?> type, String text) {
        try {
            if (type == LocalDate.class) {
                LocalDate.parse(text);
            } else if (type == LocalDateTime.class) {
                LocalDateTime.parse(text);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(text);
            } else if (type == Instant.class) {
                OffsetDateTime.parse(text);
            } else if (type == LocalTime.class) {
                LocalTime.parse(text);
            } else {
                YearMonth.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code name} is one of the enum's constants, spelt exactly (JSON-B binds by name). */
    private static boolean isConstant(Class<?> enumType, String name) {
        for (Object c : enumType.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String constants(Class<?> enumType) {
        StringBuilder b = new StringBuilder();
        for (Object c : enumType.getEnumConstants()) {
            b.append(b.isEmpty() ? "" : ", ").append(((Enum<?>) c).name());
        }
        return b.toString();
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
