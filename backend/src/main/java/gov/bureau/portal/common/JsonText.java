package gov.bureau.portal.common;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON kept in a text column (a draw record, a plan's indicator system, a rule table): written and
 * read with the application's mapper. Unreadable stored JSON is a programming error, not user input.
 */
@Singleton
public class JsonText {

    private final JsonMapper json;

    public JsonText(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("not serialisable as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is unreadable as " + type.getTypeName(), e);
        }
    }
}
