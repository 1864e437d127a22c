package io.twinbench.model.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of the twin metamodel without an Eclipse IDE.
 * The genmodel settings live here, so the generated code depends only on twin.ecore;
 * the .genmodel is written beside it for tools that want to read it.
 */
public final class GenerateTwinModel {

    private static final String MODEL_BUNDLE = "io.twinbench.model";
    private static final String EDIT_BUNDLE = "io.twinbench.model.edit";

    public static void main(String[] args) throws IOException {
        Path bundles = Path.of(args.length > 0 ? args[0] : "bundles").toAbsolutePath().normalize();
        Path modelDir = bundles.resolve(MODEL_BUNDLE);
        Path editDir = bundles.resolve(EDIT_BUNDLE);
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelDir + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, URI.createFileURI(editDir + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI ecoreUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/twin.ecore", true);
        EPackage twin = (EPackage) resources.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = configuredGenModel(twin);
        Resource genResource = resources.createResource(URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/twin.genmodel", true));
        genResource.getContents().add(genModel);
        genResource.save(null);

        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("twin.genmodel is not valid: " + valid);
        }
        clean(modelDir.resolve("src-gen"));
        clean(editDir.resolve("src-gen"));

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("generation of " + type + " failed: " + result);
            }
        }
        System.out.println("Generated " + MODEL_BUNDLE + "/src-gen and " + EDIT_BUNDLE + "/src-gen from twin.ecore");
    }

    private static GenModel configuredGenModel(EPackage twin) {
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(twin));
        genModel.setModelName("Twin");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginClass("io.twinbench.model.edit.TwinEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setCopyrightText(null);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("twin.ecore");
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(true);
        genModel.setCodeFormatting(false);
        genModel.setSuppressGenModelAnnotations(true);
        genModel.setOperationReflection(true);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Twin");
        genPackage.setBasePackage("io.twinbench.model");
        genPackage.setMultipleEditorPages(false);
        return genModel;
    }

    /** Removes previously generated sources so renamed classifiers leave nothing stale behind. */
    private static void clean(Path srcGen) throws IOException {
        if (!Files.exists(srcGen)) {
            return;
        }
        try (Stream<Path> files = Files.walk(srcGen)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).filter(f -> !f.equals(srcGen.toFile()))
                    .forEach(File::delete);
        }
    }
}
