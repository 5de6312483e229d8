package org.amparo.itest.bundle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a Gogo-style command service: {@code osgi.command.scope} and
 * {@code osgi.command.function}, the properties Karaf's shell tracks.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface GogoCommand {
    String PREFIX_ = "osgi.command.";

    String scope();

    String[] function();
}
