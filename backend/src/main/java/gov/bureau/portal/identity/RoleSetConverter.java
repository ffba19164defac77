package gov.bureau.portal.identity;

import gov.bureau.portal.security.Role;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles are kept as one comma-separated column; the table's CHECK constraint guards its form. */
@Singleton
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToPersistedValue(Set<Role> roles, ConversionContext context) {
        if (roles == null || roles.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityValue(String value, ConversionContext context) {
        if (value == null || value.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(value.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
