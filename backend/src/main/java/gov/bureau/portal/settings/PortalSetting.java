package gov.bureau.portal.settings;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("portal_setting")
record PortalSetting(@Id String settingKey, String settingValue, String updatedBy, Instant updatedAt) {
}
