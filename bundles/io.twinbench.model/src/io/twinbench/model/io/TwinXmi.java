package io.twinbench.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.SAXParseException;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;

/**
 * Reads and writes twins as XMI. Reading never touches a twin the caller already has: a file
 * is parsed into a fresh resource and handed over only when it is a complete, valid twin.
 */
public final class TwinXmi {

    private final Map<Object, Object> loadOptions = new HashMap<>();
    private final Map<Object, Object> saveOptions = new HashMap<>();

    public TwinXmi() {
        loadOptions.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        loadOptions.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        // a twin file may come from anywhere: no DTD, no external entity, no external schema is ever read
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        loadOptions.put(XMLResource.OPTION_PARSER_FEATURES, features);
        saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
        saveOptions.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        saveOptions.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.TRUE);
    }

    /**
     * A resource set that knows the twin package without the Eclipse registry (CLI, tests, agent
     * side) and opens no other document: a reference or schema location naming another file or a
     * URL is never followed, so reading a twin fetches nothing.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.setURIConverter(new org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException("a twin never reads another document (" + uri + ")");
            }

            @Override
            public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException("a twin never writes another document (" + uri + ")");
            }
        });
        set.getPackageRegistry().put(TwinPackage.eNS_URI, TwinPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", (Resource.Factory) TwinXmi::newResource);
        return set;
    }

    /** An XMI resource whose id index makes lookups by element id constant time. */
    public static XMLResource newResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return false;
            }

            @Override
            protected org.eclipse.emf.ecore.xmi.XMLHelper createXMLHelper() {
                return new org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl(this) {
                    // EMF writes references as the element's id without escaping it (ids are meant
                    // to be XML names); ours come from endpoints, where a unit or path may hold < & "
                    @Override
                    public String getIDREF(EObject object) {
                        String id = super.getIDREF(object);
                        return id == null ? null : id.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
                    }
                };
            }
        };
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        return resource;
    }

    public void save(Twin twin, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(twin, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes the twin; a twin already in a resource is written as is, otherwise through a scratch copy. */
    public void write(Twin twin, OutputStream out) throws IOException {
        Resource owner = twin.eResource();
        if (owner instanceof XMLResource xml && owner.getContents().size() == 1 && owner.getContents().get(0) == twin) {
            xml.save(out, saveOptions);
            return;
        }
        XMLResource scratch = newResource(URI.createURI("twin.xmi"));
        scratch.getContents().add(EcoreUtil.copy(twin));
        scratch.save(out, saveOptions);
    }

    public byte[] toBytes(Twin twin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(twin, out);
        return out.toByteArray();
    }

    public Twin load(Path file) throws TwinFormatException {
        if (!Files.isRegularFile(file)) {
            throw new TwinFormatException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (TwinFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new TwinFormatException(file + ": " + e.getMessage(), e);
        }
    }

    public Twin fromBytes(byte[] xmi, String origin) throws TwinFormatException {
        return read(new ByteArrayInputStream(xmi), origin, URI.createURI(origin.replace(' ', '_') + ".xmi"));
    }

    private Twin read(InputStream in, String origin, URI uri) throws TwinFormatException {
        XMLResource resource = newResource(uri);
        newResourceSet().getResources().add(resource);
        try {
            resource.load(in, loadOptions);
        } catch (IOException | RuntimeException e) {
            throw new TwinFormatException(origin + ": " + describe(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new TwinFormatException(origin + ": " + describe(resource.getErrors().get(0)));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Twin twin)) {
            EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            throw new TwinFormatException(origin + ": not a Twinbench twin (root element is "
                    + (first == null ? "missing" : first.eClass().getName()) + ")");
        }
        checkNoForeignReferences(resource, origin);
        checkEdges(twin, origin);
        return twin;
    }

    /** A reference to anything outside the file (another file, a URL) is refused, never resolved. */
    private static void checkNoForeignReferences(XMLResource resource, String origin) throws TwinFormatException {
        for (var entry : EcoreUtil.ProxyCrossReferencer.find(resource).entrySet()) {
            URI target = ((org.eclipse.emf.ecore.InternalEObject) entry.getKey()).eProxyURI();
            throw new TwinFormatException(origin + ": a reference to " + target + " outside the file is refused (a twin is one file)");
        }
    }

    /** An edge whose end is missing or points outside the file would silently vanish from the graph. */
    private static void checkEdges(Twin twin, String origin) throws TwinFormatException {
        for (int i = 0; i < twin.getDependencies().size(); i++) {
            Dependency d = twin.getDependencies().get(i);
            if (d.getSource() == null || d.getTarget() == null || d.getSource().eIsProxy() || d.getTarget().eIsProxy()) {
                throw new TwinFormatException(origin + ": dependency " + (i + 1) + " (" + d.getType()
                        + ") refers to an element that is not in the twin");
            }
        }
    }

    private static String describe(Object problem) {
        Throwable root = problem instanceof Throwable t ? t : null;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            if (root instanceof PackageNotFoundException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof PackageNotFoundException p) {
            return p.uri() == null || p.uri().isEmpty()
                    ? "not a Twinbench twin: its root element has no namespace, where a twin exported by Twinbench has "
                            + TwinPackage.eNS_URI + " (export twins with File > Export Twin, or twinbench twin export)"
                    : "not a Twinbench twin: its namespace is " + p.uri() + ", where a twin exported by Twinbench has " + TwinPackage.eNS_URI;
        }
        if (root instanceof SAXParseException sax) {
            return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": " + sax.getMessage();
        }
        if (problem instanceof Resource.Diagnostic d) {
            return "line " + d.getLine() + ", column " + d.getColumn() + ": " + d.getMessage();
        }
        return root == null ? String.valueOf(problem) : root.getMessage();
    }
}
