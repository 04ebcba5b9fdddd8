package fr.dmpindicators.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mapstruct.Mapping;

/**
 * How a MapStruct mapper turns a {@link PageSlice}, its parameter named {@code slice}, into one of the contract's page
 * models: the items and page fields by name, the number of pages from the slice. The models' generated
 * {@code removeItemsItem} looks like a setter to MapStruct (mapstruct#3072), so it is ignored.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "totalPages", expression = "java(slice.totalPages())")
@Mapping(target = "removeItemsItem", ignore = true)
public @interface AsPage {
}
