/**
 * The REST adapter: one JAX-RS application ({@code amparo}, base {@code /api/v1}) on the OSGi JAX-RS
 * Whiteboard, with its resources and extensions as separate DS components. Nothing here is exported.
 *
 * <p>Nothing in this package is {@code null} unless its documentation says so. DTO record components
 * documented as optional may be {@code null} and are then written as JSON {@code null}.
 */
package org.amparo.rest.internal;
