package com.acme.identity;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The device a session runs on, in snake_case too. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeviceInfo(String userAgent, String ipAddress, String osVersion) {}
