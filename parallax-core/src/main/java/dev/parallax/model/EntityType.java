package dev.parallax.model;

/** The coarse entity types Parallax reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  OTHER
}
