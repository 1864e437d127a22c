/**
 */
package io.twinbench.model.twin;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A fleet of endpoint twins: each twin is a graph of the endpoint's hardware, software and runtime elements joined by typed dependency edges.
 * <!-- end-model-doc -->
 * @see io.twinbench.model.twin.TwinFactory
 * @model kind="package"
 * @generated
 */
public interface TwinPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "twin";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://twinbench.io/twin/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "twin";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TwinPackage eINSTANCE = io.twinbench.model.twin.impl.TwinPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.FleetImpl <em>Fleet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.FleetImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getFleet()
	 * @generated
	 */
	int FLEET = 0;

	/**
	 * The feature id for the '<em><b>Twins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__TWINS = 0;

	/**
	 * The number of structural features of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.TwinImpl <em>Twin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.TwinImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getTwin()
	 * @generated
	 */
	int TWIN = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__HOSTNAME = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__CREATED = 4;

	/**
	 * The feature id for the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__UPDATED = 5;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__ELEMENTS = 6;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__DEPENDENCIES = 7;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__SERIES = 8;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN__FINDINGS = 9;

	/**
	 * The number of structural features of the '<em>Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Find Element</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN___FIND_ELEMENT__STRING = 0;

	/**
	 * The operation id for the '<em>Elements Of Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN___ELEMENTS_OF_KIND__ELEMENTKIND = 1;

	/**
	 * The number of operations of the '<em>Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ElementImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__FIRST_SEEN = 2;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__LAST_SEEN = 3;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__TWIN = 4;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__PROPERTIES = 5;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT___KIND = 0;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.PropertyImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.EndpointImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__HOSTNAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__MANUFACTURER = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__MODEL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__SERIAL_NUMBER = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.HardwareImpl <em>Hardware</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.HardwareImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getHardware()
	 * @generated
	 */
	int HARDWARE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Hardware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Hardware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ProcessorImpl <em>Processor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ProcessorImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getProcessor()
	 * @generated
	 */
	int PROCESSOR = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__ID = HARDWARE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__NAME = HARDWARE__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__FIRST_SEEN = HARDWARE__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__LAST_SEEN = HARDWARE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__TWIN = HARDWARE__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__PROPERTIES = HARDWARE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__VENDOR = HARDWARE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Physical Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__PHYSICAL_CORES = HARDWARE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Logical Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__LOGICAL_CORES = HARDWARE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Frequency Hz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR__MAX_FREQUENCY_HZ = HARDWARE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Processor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_FEATURE_COUNT = HARDWARE_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR___KIND = HARDWARE___KIND;

	/**
	 * The number of operations of the '<em>Processor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_OPERATION_COUNT = HARDWARE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.MemoryImpl <em>Memory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.MemoryImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getMemory()
	 * @generated
	 */
	int MEMORY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__ID = HARDWARE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__NAME = HARDWARE__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__FIRST_SEEN = HARDWARE__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__LAST_SEEN = HARDWARE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__TWIN = HARDWARE__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__PROPERTIES = HARDWARE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__TOTAL_BYTES = HARDWARE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Swap Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__SWAP_TOTAL_BYTES = HARDWARE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_FEATURE_COUNT = HARDWARE_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY___KIND = HARDWARE___KIND;

	/**
	 * The number of operations of the '<em>Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPERATION_COUNT = HARDWARE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.DiskImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__ID = HARDWARE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__NAME = HARDWARE__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__FIRST_SEEN = HARDWARE__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__LAST_SEEN = HARDWARE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__TWIN = HARDWARE__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__PROPERTIES = HARDWARE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__MODEL = HARDWARE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SERIAL = HARDWARE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SIZE_BYTES = HARDWARE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = HARDWARE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK___KIND = HARDWARE___KIND;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = HARDWARE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.FileSystemImpl <em>File System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.FileSystemImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getFileSystem()
	 * @generated
	 */
	int FILE_SYSTEM = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__ID = HARDWARE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__NAME = HARDWARE__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__FIRST_SEEN = HARDWARE__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__LAST_SEEN = HARDWARE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__TWIN = HARDWARE__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__PROPERTIES = HARDWARE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__MOUNT = HARDWARE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__TYPE = HARDWARE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__TOTAL_BYTES = HARDWARE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Usable Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM__USABLE_BYTES = HARDWARE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>File System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_FEATURE_COUNT = HARDWARE_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM___KIND = HARDWARE___KIND;

	/**
	 * The number of operations of the '<em>File System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_OPERATION_COUNT = HARDWARE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.NetworkInterfaceImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getNetworkInterface()
	 * @generated
	 */
	int NETWORK_INTERFACE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__ID = HARDWARE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NAME = HARDWARE__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__FIRST_SEEN = HARDWARE__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__LAST_SEEN = HARDWARE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__TWIN = HARDWARE__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__PROPERTIES = HARDWARE__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MAC_ADDRESS = HARDWARE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__ADDRESSES = HARDWARE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Speed Bits Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__SPEED_BITS_PER_SECOND = HARDWARE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MTU = HARDWARE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_FEATURE_COUNT = HARDWARE_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE___KIND = HARDWARE___KIND;

	/**
	 * The number of operations of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_OPERATION_COUNT = HARDWARE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.OperatingSystemImpl <em>Operating System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.OperatingSystemImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getOperatingSystem()
	 * @generated
	 */
	int OPERATING_SYSTEM = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__FAMILY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__VERSION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__KERNEL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bitness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__BITNESS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.SoftwarePackageImpl <em>Software Package</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.SoftwarePackageImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getSoftwarePackage()
	 * @generated
	 */
	int SOFTWARE_PACKAGE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__VERSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__ARCHITECTURE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE__MANAGER = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Software Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Software Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_PACKAGE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ServiceImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STATE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ENABLED = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__UNIT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ApplicationImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__VERSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__VENDOR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PATH = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ProcessImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getProcess()
	 * @generated
	 */
	int PROCESS = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PID = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PARENT_PID = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__USER = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Command Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__COMMAND_LINE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PATH = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__STATE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cpu Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__CPU_PERCENT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resident Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__RESIDENT_BYTES = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__START_TIME = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ListeningPortImpl <em>Listening Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ListeningPortImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getListeningPort()
	 * @generated
	 */
	int LISTENING_PORT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__PROTOCOL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__ADDRESS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT__PORT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Listening Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Listening Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_PORT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ConnectionImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__PROTOCOL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__LOCAL_ADDRESS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__LOCAL_PORT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__REMOTE_ADDRESS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__REMOTE_PORT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__STATE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.UserImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getUser()
	 * @generated
	 */
	int USER = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__UID = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Home</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__HOME = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Shell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__SHELL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.ConfigurationItemImpl <em>Configuration Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.ConfigurationItemImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getConfigurationItem()
	 * @generated
	 */
	int CONFIGURATION_ITEM = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__FIRST_SEEN = ELEMENT__FIRST_SEEN;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__LAST_SEEN = ELEMENT__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Twin</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__TWIN = ELEMENT__TWIN;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__PATH = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM__SHA256 = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Configuration Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM___KIND = ELEMENT___KIND;

	/**
	 * The number of operations of the '<em>Configuration Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_ITEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.DependencyImpl <em>Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.DependencyImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getDependency()
	 * @generated
	 */
	int DEPENDENCY = 20;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__TYPE = 0;

	/**
	 * The feature id for the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__FIRST_SEEN = 1;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__LAST_SEEN = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__TARGET = 4;

	/**
	 * The number of structural features of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.TelemetrySeriesRefImpl <em>Telemetry Series Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.TelemetrySeriesRefImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getTelemetrySeriesRef()
	 * @generated
	 */
	int TELEMETRY_SERIES_REF = 21;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SERIES_REF__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SERIES_REF__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Series Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SERIES_REF__SERIES_KEY = 2;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SERIES_REF__ELEMENT = 3;

	/**
	 * The number of structural features of the '<em>Telemetry Series Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SERIES_REF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Telemetry Series Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SERIES_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.FindingImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 22;

	/**
	 * The feature id for the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DETECTED_AT = 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SCORE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ELEMENT = 3;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.BaselineImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 23;

	/**
	 * The feature id for the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DETECTED_AT = FINDING__DETECTED_AT;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SCORE = FINDING__SCORE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DESCRIPTION = FINDING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ELEMENT = FINDING__ELEMENT;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__METRIC = FINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__MEAN = FINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DEVIATION = FINDING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = FINDING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = FINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.AnomalyImpl <em>Anomaly</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.AnomalyImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getAnomaly()
	 * @generated
	 */
	int ANOMALY = 24;

	/**
	 * The feature id for the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY__DETECTED_AT = FINDING__DETECTED_AT;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY__SCORE = FINDING__SCORE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY__DESCRIPTION = FINDING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY__ELEMENT = FINDING__ELEMENT;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY__METRIC = FINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY__SEVERITY = FINDING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Anomaly</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_FEATURE_COUNT = FINDING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Anomaly</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_OPERATION_COUNT = FINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.PredictionImpl <em>Prediction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.PredictionImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getPrediction()
	 * @generated
	 */
	int PREDICTION = 25;

	/**
	 * The feature id for the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__DETECTED_AT = FINDING__DETECTED_AT;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__SCORE = FINDING__SCORE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__DESCRIPTION = FINDING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__ELEMENT = FINDING__ELEMENT;

	/**
	 * The feature id for the '<em><b>Failure Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__FAILURE_MODE = FINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__EXPECTED_AT = FINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__CONFIDENCE = FINDING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Prediction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_FEATURE_COUNT = FINDING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Prediction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_OPERATION_COUNT = FINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.impl.RecommendationImpl
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 26;

	/**
	 * The feature id for the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DETECTED_AT = FINDING__DETECTED_AT;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__SCORE = FINDING__SCORE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DESCRIPTION = FINDING__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ELEMENT = FINDING__ELEMENT;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__RESOURCE = FINDING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__CHANGE = FINDING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__SCENARIO = FINDING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__BEFORE = FINDING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__AFTER = FINDING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Verified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__VERIFIED = FINDING_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = FINDING_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = FINDING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.DependencyType <em>Dependency Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.DependencyType
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getDependencyType()
	 * @generated
	 */
	int DEPENDENCY_TYPE = 27;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.ElementKind <em>Element Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.ElementKind
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getElementKind()
	 * @generated
	 */
	int ELEMENT_KIND = 28;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.ServiceState <em>Service State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.ServiceState
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getServiceState()
	 * @generated
	 */
	int SERVICE_STATE = 29;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.TransportProtocol <em>Transport Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.TransportProtocol
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getTransportProtocol()
	 * @generated
	 */
	int TRANSPORT_PROTOCOL = 30;

	/**
	 * The meta object id for the '{@link io.twinbench.model.twin.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.twinbench.model.twin.Severity
	 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 31;


	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Fleet <em>Fleet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fleet</em>'.
	 * @see io.twinbench.model.twin.Fleet
	 * @generated
	 */
	EClass getFleet();

	/**
	 * Returns the meta object for the containment reference list '{@link io.twinbench.model.twin.Fleet#getTwins <em>Twins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Twins</em>'.
	 * @see io.twinbench.model.twin.Fleet#getTwins()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Twins();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Twin <em>Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Twin</em>'.
	 * @see io.twinbench.model.twin.Twin
	 * @generated
	 */
	EClass getTwin();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Twin#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.twinbench.model.twin.Twin#getId()
	 * @see #getTwin()
	 * @generated
	 */
	EAttribute getTwin_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Twin#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.twinbench.model.twin.Twin#getName()
	 * @see #getTwin()
	 * @generated
	 */
	EAttribute getTwin_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Twin#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.twinbench.model.twin.Twin#getHostname()
	 * @see #getTwin()
	 * @generated
	 */
	EAttribute getTwin_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Twin#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.twinbench.model.twin.Twin#getSource()
	 * @see #getTwin()
	 * @generated
	 */
	EAttribute getTwin_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Twin#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see io.twinbench.model.twin.Twin#getCreated()
	 * @see #getTwin()
	 * @generated
	 */
	EAttribute getTwin_Created();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Twin#getUpdated <em>Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated</em>'.
	 * @see io.twinbench.model.twin.Twin#getUpdated()
	 * @see #getTwin()
	 * @generated
	 */
	EAttribute getTwin_Updated();

	/**
	 * Returns the meta object for the containment reference list '{@link io.twinbench.model.twin.Twin#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see io.twinbench.model.twin.Twin#getElements()
	 * @see #getTwin()
	 * @generated
	 */
	EReference getTwin_Elements();

	/**
	 * Returns the meta object for the containment reference list '{@link io.twinbench.model.twin.Twin#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dependencies</em>'.
	 * @see io.twinbench.model.twin.Twin#getDependencies()
	 * @see #getTwin()
	 * @generated
	 */
	EReference getTwin_Dependencies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.twinbench.model.twin.Twin#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see io.twinbench.model.twin.Twin#getSeries()
	 * @see #getTwin()
	 * @generated
	 */
	EReference getTwin_Series();

	/**
	 * Returns the meta object for the containment reference list '{@link io.twinbench.model.twin.Twin#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see io.twinbench.model.twin.Twin#getFindings()
	 * @see #getTwin()
	 * @generated
	 */
	EReference getTwin_Findings();

	/**
	 * Returns the meta object for the '{@link io.twinbench.model.twin.Twin#findElement(java.lang.String) <em>Find Element</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Element</em>' operation.
	 * @see io.twinbench.model.twin.Twin#findElement(java.lang.String)
	 * @generated
	 */
	EOperation getTwin__FindElement__String();

	/**
	 * Returns the meta object for the '{@link io.twinbench.model.twin.Twin#elementsOfKind(io.twinbench.model.twin.ElementKind) <em>Elements Of Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Elements Of Kind</em>' operation.
	 * @see io.twinbench.model.twin.Twin#elementsOfKind(io.twinbench.model.twin.ElementKind)
	 * @generated
	 */
	EOperation getTwin__ElementsOfKind__ElementKind();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see io.twinbench.model.twin.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.twinbench.model.twin.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.twinbench.model.twin.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Element#getFirstSeen <em>First Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Seen</em>'.
	 * @see io.twinbench.model.twin.Element#getFirstSeen()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_FirstSeen();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Element#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see io.twinbench.model.twin.Element#getLastSeen()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_LastSeen();

	/**
	 * Returns the meta object for the container reference '{@link io.twinbench.model.twin.Element#getTwin <em>Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Twin</em>'.
	 * @see io.twinbench.model.twin.Element#getTwin()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Twin();

	/**
	 * Returns the meta object for the containment reference list '{@link io.twinbench.model.twin.Element#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see io.twinbench.model.twin.Element#getProperties()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Properties();

	/**
	 * Returns the meta object for the '{@link io.twinbench.model.twin.Element#kind() <em>Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Kind</em>' operation.
	 * @see io.twinbench.model.twin.Element#kind()
	 * @generated
	 */
	EOperation getElement__Kind();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see io.twinbench.model.twin.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.twinbench.model.twin.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.twinbench.model.twin.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see io.twinbench.model.twin.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Endpoint#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.twinbench.model.twin.Endpoint#getHostname()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Endpoint#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see io.twinbench.model.twin.Endpoint#getManufacturer()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Endpoint#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.twinbench.model.twin.Endpoint#getModel()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Model();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Endpoint#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.twinbench.model.twin.Endpoint#getSerialNumber()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_SerialNumber();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Hardware <em>Hardware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hardware</em>'.
	 * @see io.twinbench.model.twin.Hardware
	 * @generated
	 */
	EClass getHardware();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Processor <em>Processor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Processor</em>'.
	 * @see io.twinbench.model.twin.Processor
	 * @generated
	 */
	EClass getProcessor();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Processor#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see io.twinbench.model.twin.Processor#getVendor()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Processor#getPhysicalCores <em>Physical Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physical Cores</em>'.
	 * @see io.twinbench.model.twin.Processor#getPhysicalCores()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_PhysicalCores();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Processor#getLogicalCores <em>Logical Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logical Cores</em>'.
	 * @see io.twinbench.model.twin.Processor#getLogicalCores()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_LogicalCores();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Processor#getMaxFrequencyHz <em>Max Frequency Hz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Frequency Hz</em>'.
	 * @see io.twinbench.model.twin.Processor#getMaxFrequencyHz()
	 * @see #getProcessor()
	 * @generated
	 */
	EAttribute getProcessor_MaxFrequencyHz();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Memory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory</em>'.
	 * @see io.twinbench.model.twin.Memory
	 * @generated
	 */
	EClass getMemory();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Memory#getTotalBytes <em>Total Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Bytes</em>'.
	 * @see io.twinbench.model.twin.Memory#getTotalBytes()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_TotalBytes();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Memory#getSwapTotalBytes <em>Swap Total Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swap Total Bytes</em>'.
	 * @see io.twinbench.model.twin.Memory#getSwapTotalBytes()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_SwapTotalBytes();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see io.twinbench.model.twin.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Disk#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.twinbench.model.twin.Disk#getModel()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Model();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Disk#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see io.twinbench.model.twin.Disk#getSerial()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Serial();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Disk#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see io.twinbench.model.twin.Disk#getSizeBytes()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_SizeBytes();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.FileSystem <em>File System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File System</em>'.
	 * @see io.twinbench.model.twin.FileSystem
	 * @generated
	 */
	EClass getFileSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.FileSystem#getMount <em>Mount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mount</em>'.
	 * @see io.twinbench.model.twin.FileSystem#getMount()
	 * @see #getFileSystem()
	 * @generated
	 */
	EAttribute getFileSystem_Mount();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.FileSystem#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.twinbench.model.twin.FileSystem#getType()
	 * @see #getFileSystem()
	 * @generated
	 */
	EAttribute getFileSystem_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.FileSystem#getTotalBytes <em>Total Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Bytes</em>'.
	 * @see io.twinbench.model.twin.FileSystem#getTotalBytes()
	 * @see #getFileSystem()
	 * @generated
	 */
	EAttribute getFileSystem_TotalBytes();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.FileSystem#getUsableBytes <em>Usable Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usable Bytes</em>'.
	 * @see io.twinbench.model.twin.FileSystem#getUsableBytes()
	 * @see #getFileSystem()
	 * @generated
	 */
	EAttribute getFileSystem_UsableBytes();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Interface</em>'.
	 * @see io.twinbench.model.twin.NetworkInterface
	 * @generated
	 */
	EClass getNetworkInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.NetworkInterface#getMacAddress <em>Mac Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Address</em>'.
	 * @see io.twinbench.model.twin.NetworkInterface#getMacAddress()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_MacAddress();

	/**
	 * Returns the meta object for the attribute list '{@link io.twinbench.model.twin.NetworkInterface#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addresses</em>'.
	 * @see io.twinbench.model.twin.NetworkInterface#getAddresses()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.NetworkInterface#getSpeedBitsPerSecond <em>Speed Bits Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed Bits Per Second</em>'.
	 * @see io.twinbench.model.twin.NetworkInterface#getSpeedBitsPerSecond()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_SpeedBitsPerSecond();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.NetworkInterface#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see io.twinbench.model.twin.NetworkInterface#getMtu()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Mtu();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operating System</em>'.
	 * @see io.twinbench.model.twin.OperatingSystem
	 * @generated
	 */
	EClass getOperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.OperatingSystem#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see io.twinbench.model.twin.OperatingSystem#getFamily()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Family();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.OperatingSystem#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.twinbench.model.twin.OperatingSystem#getVersion()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.OperatingSystem#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see io.twinbench.model.twin.OperatingSystem#getKernel()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.OperatingSystem#getBitness <em>Bitness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bitness</em>'.
	 * @see io.twinbench.model.twin.OperatingSystem#getBitness()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Bitness();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.SoftwarePackage <em>Software Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Package</em>'.
	 * @see io.twinbench.model.twin.SoftwarePackage
	 * @generated
	 */
	EClass getSoftwarePackage();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.SoftwarePackage#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.twinbench.model.twin.SoftwarePackage#getVersion()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.SoftwarePackage#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see io.twinbench.model.twin.SoftwarePackage#getArchitecture()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.SoftwarePackage#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manager</em>'.
	 * @see io.twinbench.model.twin.SoftwarePackage#getManager()
	 * @see #getSoftwarePackage()
	 * @generated
	 */
	EAttribute getSoftwarePackage_Manager();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see io.twinbench.model.twin.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Service#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.twinbench.model.twin.Service#getState()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_State();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Service#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.twinbench.model.twin.Service#isEnabled()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Service#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.twinbench.model.twin.Service#getUnit()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Unit();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see io.twinbench.model.twin.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Application#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.twinbench.model.twin.Application#getVersion()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Application#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see io.twinbench.model.twin.Application#getVendor()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Application#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.twinbench.model.twin.Application#getPath()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Path();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see io.twinbench.model.twin.Process
	 * @generated
	 */
	EClass getProcess();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see io.twinbench.model.twin.Process#getPid()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Pid();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getParentPid <em>Parent Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Pid</em>'.
	 * @see io.twinbench.model.twin.Process#getParentPid()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_ParentPid();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see io.twinbench.model.twin.Process#getUser()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_User();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getCommandLine <em>Command Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command Line</em>'.
	 * @see io.twinbench.model.twin.Process#getCommandLine()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_CommandLine();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.twinbench.model.twin.Process#getPath()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.twinbench.model.twin.Process#getState()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_State();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getCpuPercent <em>Cpu Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Percent</em>'.
	 * @see io.twinbench.model.twin.Process#getCpuPercent()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_CpuPercent();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getResidentBytes <em>Resident Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resident Bytes</em>'.
	 * @see io.twinbench.model.twin.Process#getResidentBytes()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_ResidentBytes();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Process#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see io.twinbench.model.twin.Process#getStartTime()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_StartTime();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.ListeningPort <em>Listening Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening Port</em>'.
	 * @see io.twinbench.model.twin.ListeningPort
	 * @generated
	 */
	EClass getListeningPort();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.ListeningPort#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.twinbench.model.twin.ListeningPort#getProtocol()
	 * @see #getListeningPort()
	 * @generated
	 */
	EAttribute getListeningPort_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.ListeningPort#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.twinbench.model.twin.ListeningPort#getAddress()
	 * @see #getListeningPort()
	 * @generated
	 */
	EAttribute getListeningPort_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.ListeningPort#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.twinbench.model.twin.ListeningPort#getPort()
	 * @see #getListeningPort()
	 * @generated
	 */
	EAttribute getListeningPort_Port();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see io.twinbench.model.twin.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Connection#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.twinbench.model.twin.Connection#getProtocol()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Connection#getLocalAddress <em>Local Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Address</em>'.
	 * @see io.twinbench.model.twin.Connection#getLocalAddress()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_LocalAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Connection#getLocalPort <em>Local Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Port</em>'.
	 * @see io.twinbench.model.twin.Connection#getLocalPort()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_LocalPort();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Connection#getRemoteAddress <em>Remote Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Address</em>'.
	 * @see io.twinbench.model.twin.Connection#getRemoteAddress()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_RemoteAddress();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Connection#getRemotePort <em>Remote Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Port</em>'.
	 * @see io.twinbench.model.twin.Connection#getRemotePort()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_RemotePort();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Connection#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.twinbench.model.twin.Connection#getState()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_State();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see io.twinbench.model.twin.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.User#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see io.twinbench.model.twin.User#getUid()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Uid();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.User#getHome <em>Home</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home</em>'.
	 * @see io.twinbench.model.twin.User#getHome()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Home();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.User#getShell <em>Shell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shell</em>'.
	 * @see io.twinbench.model.twin.User#getShell()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Shell();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.ConfigurationItem <em>Configuration Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Configuration Item</em>'.
	 * @see io.twinbench.model.twin.ConfigurationItem
	 * @generated
	 */
	EClass getConfigurationItem();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.ConfigurationItem#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.twinbench.model.twin.ConfigurationItem#getPath()
	 * @see #getConfigurationItem()
	 * @generated
	 */
	EAttribute getConfigurationItem_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.ConfigurationItem#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.twinbench.model.twin.ConfigurationItem#getValue()
	 * @see #getConfigurationItem()
	 * @generated
	 */
	EAttribute getConfigurationItem_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.ConfigurationItem#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see io.twinbench.model.twin.ConfigurationItem#getSha256()
	 * @see #getConfigurationItem()
	 * @generated
	 */
	EAttribute getConfigurationItem_Sha256();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Dependency <em>Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dependency</em>'.
	 * @see io.twinbench.model.twin.Dependency
	 * @generated
	 */
	EClass getDependency();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Dependency#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.twinbench.model.twin.Dependency#getType()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Dependency#getFirstSeen <em>First Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Seen</em>'.
	 * @see io.twinbench.model.twin.Dependency#getFirstSeen()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_FirstSeen();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Dependency#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see io.twinbench.model.twin.Dependency#getLastSeen()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_LastSeen();

	/**
	 * Returns the meta object for the reference '{@link io.twinbench.model.twin.Dependency#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.twinbench.model.twin.Dependency#getSource()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_Source();

	/**
	 * Returns the meta object for the reference '{@link io.twinbench.model.twin.Dependency#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see io.twinbench.model.twin.Dependency#getTarget()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_Target();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.TelemetrySeriesRef <em>Telemetry Series Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Telemetry Series Ref</em>'.
	 * @see io.twinbench.model.twin.TelemetrySeriesRef
	 * @generated
	 */
	EClass getTelemetrySeriesRef();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.TelemetrySeriesRef#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see io.twinbench.model.twin.TelemetrySeriesRef#getMetric()
	 * @see #getTelemetrySeriesRef()
	 * @generated
	 */
	EAttribute getTelemetrySeriesRef_Metric();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.TelemetrySeriesRef#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.twinbench.model.twin.TelemetrySeriesRef#getUnit()
	 * @see #getTelemetrySeriesRef()
	 * @generated
	 */
	EAttribute getTelemetrySeriesRef_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.TelemetrySeriesRef#getSeriesKey <em>Series Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Key</em>'.
	 * @see io.twinbench.model.twin.TelemetrySeriesRef#getSeriesKey()
	 * @see #getTelemetrySeriesRef()
	 * @generated
	 */
	EAttribute getTelemetrySeriesRef_SeriesKey();

	/**
	 * Returns the meta object for the reference '{@link io.twinbench.model.twin.TelemetrySeriesRef#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see io.twinbench.model.twin.TelemetrySeriesRef#getElement()
	 * @see #getTelemetrySeriesRef()
	 * @generated
	 */
	EReference getTelemetrySeriesRef_Element();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see io.twinbench.model.twin.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Finding#getDetectedAt <em>Detected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected At</em>'.
	 * @see io.twinbench.model.twin.Finding#getDetectedAt()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_DetectedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Finding#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see io.twinbench.model.twin.Finding#getScore()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Score();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Finding#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.twinbench.model.twin.Finding#getDescription()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Description();

	/**
	 * Returns the meta object for the reference '{@link io.twinbench.model.twin.Finding#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see io.twinbench.model.twin.Finding#getElement()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Element();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see io.twinbench.model.twin.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Baseline#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see io.twinbench.model.twin.Baseline#getMetric()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Metric();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Baseline#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see io.twinbench.model.twin.Baseline#getMean()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Mean();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Baseline#getDeviation <em>Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deviation</em>'.
	 * @see io.twinbench.model.twin.Baseline#getDeviation()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Deviation();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Anomaly <em>Anomaly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anomaly</em>'.
	 * @see io.twinbench.model.twin.Anomaly
	 * @generated
	 */
	EClass getAnomaly();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Anomaly#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see io.twinbench.model.twin.Anomaly#getMetric()
	 * @see #getAnomaly()
	 * @generated
	 */
	EAttribute getAnomaly_Metric();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Anomaly#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.twinbench.model.twin.Anomaly#getSeverity()
	 * @see #getAnomaly()
	 * @generated
	 */
	EAttribute getAnomaly_Severity();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Prediction <em>Prediction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prediction</em>'.
	 * @see io.twinbench.model.twin.Prediction
	 * @generated
	 */
	EClass getPrediction();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Prediction#getFailureMode <em>Failure Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Mode</em>'.
	 * @see io.twinbench.model.twin.Prediction#getFailureMode()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_FailureMode();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Prediction#getExpectedAt <em>Expected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected At</em>'.
	 * @see io.twinbench.model.twin.Prediction#getExpectedAt()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_ExpectedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Prediction#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see io.twinbench.model.twin.Prediction#getConfidence()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Confidence();

	/**
	 * Returns the meta object for class '{@link io.twinbench.model.twin.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see io.twinbench.model.twin.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Recommendation#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see io.twinbench.model.twin.Recommendation#getResource()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Resource();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Recommendation#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see io.twinbench.model.twin.Recommendation#getChange()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Change();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Recommendation#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see io.twinbench.model.twin.Recommendation#getScenario()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Recommendation#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see io.twinbench.model.twin.Recommendation#getBefore()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Before();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Recommendation#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see io.twinbench.model.twin.Recommendation#getAfter()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_After();

	/**
	 * Returns the meta object for the attribute '{@link io.twinbench.model.twin.Recommendation#isVerified <em>Verified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified</em>'.
	 * @see io.twinbench.model.twin.Recommendation#isVerified()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Verified();

	/**
	 * Returns the meta object for enum '{@link io.twinbench.model.twin.DependencyType <em>Dependency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Type</em>'.
	 * @see io.twinbench.model.twin.DependencyType
	 * @generated
	 */
	EEnum getDependencyType();

	/**
	 * Returns the meta object for enum '{@link io.twinbench.model.twin.ElementKind <em>Element Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Element Kind</em>'.
	 * @see io.twinbench.model.twin.ElementKind
	 * @generated
	 */
	EEnum getElementKind();

	/**
	 * Returns the meta object for enum '{@link io.twinbench.model.twin.ServiceState <em>Service State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service State</em>'.
	 * @see io.twinbench.model.twin.ServiceState
	 * @generated
	 */
	EEnum getServiceState();

	/**
	 * Returns the meta object for enum '{@link io.twinbench.model.twin.TransportProtocol <em>Transport Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport Protocol</em>'.
	 * @see io.twinbench.model.twin.TransportProtocol
	 * @generated
	 */
	EEnum getTransportProtocol();

	/**
	 * Returns the meta object for enum '{@link io.twinbench.model.twin.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see io.twinbench.model.twin.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TwinFactory getTwinFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.FleetImpl <em>Fleet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.FleetImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getFleet()
		 * @generated
		 */
		EClass FLEET = eINSTANCE.getFleet();

		/**
		 * The meta object literal for the '<em><b>Twins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__TWINS = eINSTANCE.getFleet_Twins();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.TwinImpl <em>Twin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.TwinImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getTwin()
		 * @generated
		 */
		EClass TWIN = eINSTANCE.getTwin();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN__ID = eINSTANCE.getTwin_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN__NAME = eINSTANCE.getTwin_Name();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN__HOSTNAME = eINSTANCE.getTwin_Hostname();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN__SOURCE = eINSTANCE.getTwin_Source();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN__CREATED = eINSTANCE.getTwin_Created();

		/**
		 * The meta object literal for the '<em><b>Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN__UPDATED = eINSTANCE.getTwin_Updated();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TWIN__ELEMENTS = eINSTANCE.getTwin_Elements();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TWIN__DEPENDENCIES = eINSTANCE.getTwin_Dependencies();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TWIN__SERIES = eINSTANCE.getTwin_Series();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TWIN__FINDINGS = eINSTANCE.getTwin_Findings();

		/**
		 * The meta object literal for the '<em><b>Find Element</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TWIN___FIND_ELEMENT__STRING = eINSTANCE.getTwin__FindElement__String();

		/**
		 * The meta object literal for the '<em><b>Elements Of Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TWIN___ELEMENTS_OF_KIND__ELEMENTKIND = eINSTANCE.getTwin__ElementsOfKind__ElementKind();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ElementImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>First Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__FIRST_SEEN = eINSTANCE.getElement_FirstSeen();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__LAST_SEEN = eINSTANCE.getElement_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Twin</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__TWIN = eINSTANCE.getElement_Twin();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__PROPERTIES = eINSTANCE.getElement_Properties();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ELEMENT___KIND = eINSTANCE.getElement__Kind();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.PropertyImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.EndpointImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__HOSTNAME = eINSTANCE.getEndpoint_Hostname();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__MANUFACTURER = eINSTANCE.getEndpoint_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__MODEL = eINSTANCE.getEndpoint_Model();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__SERIAL_NUMBER = eINSTANCE.getEndpoint_SerialNumber();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.HardwareImpl <em>Hardware</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.HardwareImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getHardware()
		 * @generated
		 */
		EClass HARDWARE = eINSTANCE.getHardware();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ProcessorImpl <em>Processor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ProcessorImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getProcessor()
		 * @generated
		 */
		EClass PROCESSOR = eINSTANCE.getProcessor();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__VENDOR = eINSTANCE.getProcessor_Vendor();

		/**
		 * The meta object literal for the '<em><b>Physical Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__PHYSICAL_CORES = eINSTANCE.getProcessor_PhysicalCores();

		/**
		 * The meta object literal for the '<em><b>Logical Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__LOGICAL_CORES = eINSTANCE.getProcessor_LogicalCores();

		/**
		 * The meta object literal for the '<em><b>Max Frequency Hz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR__MAX_FREQUENCY_HZ = eINSTANCE.getProcessor_MaxFrequencyHz();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.MemoryImpl <em>Memory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.MemoryImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getMemory()
		 * @generated
		 */
		EClass MEMORY = eINSTANCE.getMemory();

		/**
		 * The meta object literal for the '<em><b>Total Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__TOTAL_BYTES = eINSTANCE.getMemory_TotalBytes();

		/**
		 * The meta object literal for the '<em><b>Swap Total Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__SWAP_TOTAL_BYTES = eINSTANCE.getMemory_SwapTotalBytes();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.DiskImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__MODEL = eINSTANCE.getDisk_Model();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SERIAL = eINSTANCE.getDisk_Serial();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SIZE_BYTES = eINSTANCE.getDisk_SizeBytes();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.FileSystemImpl <em>File System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.FileSystemImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getFileSystem()
		 * @generated
		 */
		EClass FILE_SYSTEM = eINSTANCE.getFileSystem();

		/**
		 * The meta object literal for the '<em><b>Mount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM__MOUNT = eINSTANCE.getFileSystem_Mount();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM__TYPE = eINSTANCE.getFileSystem_Type();

		/**
		 * The meta object literal for the '<em><b>Total Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM__TOTAL_BYTES = eINSTANCE.getFileSystem_TotalBytes();

		/**
		 * The meta object literal for the '<em><b>Usable Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM__USABLE_BYTES = eINSTANCE.getFileSystem_UsableBytes();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.NetworkInterfaceImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getNetworkInterface()
		 * @generated
		 */
		EClass NETWORK_INTERFACE = eINSTANCE.getNetworkInterface();

		/**
		 * The meta object literal for the '<em><b>Mac Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__MAC_ADDRESS = eINSTANCE.getNetworkInterface_MacAddress();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__ADDRESSES = eINSTANCE.getNetworkInterface_Addresses();

		/**
		 * The meta object literal for the '<em><b>Speed Bits Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__SPEED_BITS_PER_SECOND = eINSTANCE.getNetworkInterface_SpeedBitsPerSecond();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__MTU = eINSTANCE.getNetworkInterface_Mtu();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.OperatingSystemImpl <em>Operating System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.OperatingSystemImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getOperatingSystem()
		 * @generated
		 */
		EClass OPERATING_SYSTEM = eINSTANCE.getOperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__FAMILY = eINSTANCE.getOperatingSystem_Family();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__VERSION = eINSTANCE.getOperatingSystem_Version();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__KERNEL = eINSTANCE.getOperatingSystem_Kernel();

		/**
		 * The meta object literal for the '<em><b>Bitness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__BITNESS = eINSTANCE.getOperatingSystem_Bitness();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.SoftwarePackageImpl <em>Software Package</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.SoftwarePackageImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getSoftwarePackage()
		 * @generated
		 */
		EClass SOFTWARE_PACKAGE = eINSTANCE.getSoftwarePackage();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__VERSION = eINSTANCE.getSoftwarePackage_Version();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__ARCHITECTURE = eINSTANCE.getSoftwarePackage_Architecture();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_PACKAGE__MANAGER = eINSTANCE.getSoftwarePackage_Manager();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ServiceImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__STATE = eINSTANCE.getService_State();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ENABLED = eINSTANCE.getService_Enabled();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__UNIT = eINSTANCE.getService_Unit();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ApplicationImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__VERSION = eINSTANCE.getApplication_Version();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__VENDOR = eINSTANCE.getApplication_Vendor();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__PATH = eINSTANCE.getApplication_Path();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ProcessImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getProcess()
		 * @generated
		 */
		EClass PROCESS = eINSTANCE.getProcess();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PID = eINSTANCE.getProcess_Pid();

		/**
		 * The meta object literal for the '<em><b>Parent Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PARENT_PID = eINSTANCE.getProcess_ParentPid();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__USER = eINSTANCE.getProcess_User();

		/**
		 * The meta object literal for the '<em><b>Command Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__COMMAND_LINE = eINSTANCE.getProcess_CommandLine();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PATH = eINSTANCE.getProcess_Path();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__STATE = eINSTANCE.getProcess_State();

		/**
		 * The meta object literal for the '<em><b>Cpu Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__CPU_PERCENT = eINSTANCE.getProcess_CpuPercent();

		/**
		 * The meta object literal for the '<em><b>Resident Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__RESIDENT_BYTES = eINSTANCE.getProcess_ResidentBytes();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__START_TIME = eINSTANCE.getProcess_StartTime();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ListeningPortImpl <em>Listening Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ListeningPortImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getListeningPort()
		 * @generated
		 */
		EClass LISTENING_PORT = eINSTANCE.getListeningPort();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_PORT__PROTOCOL = eINSTANCE.getListeningPort_Protocol();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_PORT__ADDRESS = eINSTANCE.getListeningPort_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_PORT__PORT = eINSTANCE.getListeningPort_Port();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ConnectionImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__PROTOCOL = eINSTANCE.getConnection_Protocol();

		/**
		 * The meta object literal for the '<em><b>Local Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__LOCAL_ADDRESS = eINSTANCE.getConnection_LocalAddress();

		/**
		 * The meta object literal for the '<em><b>Local Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__LOCAL_PORT = eINSTANCE.getConnection_LocalPort();

		/**
		 * The meta object literal for the '<em><b>Remote Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__REMOTE_ADDRESS = eINSTANCE.getConnection_RemoteAddress();

		/**
		 * The meta object literal for the '<em><b>Remote Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__REMOTE_PORT = eINSTANCE.getConnection_RemotePort();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__STATE = eINSTANCE.getConnection_State();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.UserImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__UID = eINSTANCE.getUser_Uid();

		/**
		 * The meta object literal for the '<em><b>Home</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__HOME = eINSTANCE.getUser_Home();

		/**
		 * The meta object literal for the '<em><b>Shell</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__SHELL = eINSTANCE.getUser_Shell();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.ConfigurationItemImpl <em>Configuration Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.ConfigurationItemImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getConfigurationItem()
		 * @generated
		 */
		EClass CONFIGURATION_ITEM = eINSTANCE.getConfigurationItem();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIGURATION_ITEM__PATH = eINSTANCE.getConfigurationItem_Path();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIGURATION_ITEM__VALUE = eINSTANCE.getConfigurationItem_Value();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIGURATION_ITEM__SHA256 = eINSTANCE.getConfigurationItem_Sha256();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.DependencyImpl <em>Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.DependencyImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getDependency()
		 * @generated
		 */
		EClass DEPENDENCY = eINSTANCE.getDependency();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__TYPE = eINSTANCE.getDependency_Type();

		/**
		 * The meta object literal for the '<em><b>First Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__FIRST_SEEN = eINSTANCE.getDependency_FirstSeen();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__LAST_SEEN = eINSTANCE.getDependency_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__SOURCE = eINSTANCE.getDependency_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__TARGET = eINSTANCE.getDependency_Target();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.TelemetrySeriesRefImpl <em>Telemetry Series Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.TelemetrySeriesRefImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getTelemetrySeriesRef()
		 * @generated
		 */
		EClass TELEMETRY_SERIES_REF = eINSTANCE.getTelemetrySeriesRef();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY_SERIES_REF__METRIC = eINSTANCE.getTelemetrySeriesRef_Metric();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY_SERIES_REF__UNIT = eINSTANCE.getTelemetrySeriesRef_Unit();

		/**
		 * The meta object literal for the '<em><b>Series Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY_SERIES_REF__SERIES_KEY = eINSTANCE.getTelemetrySeriesRef_SeriesKey();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TELEMETRY_SERIES_REF__ELEMENT = eINSTANCE.getTelemetrySeriesRef_Element();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.FindingImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Detected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DETECTED_AT = eINSTANCE.getFinding_DetectedAt();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SCORE = eINSTANCE.getFinding_Score();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DESCRIPTION = eINSTANCE.getFinding_Description();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ELEMENT = eINSTANCE.getFinding_Element();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.BaselineImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__METRIC = eINSTANCE.getBaseline_Metric();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__MEAN = eINSTANCE.getBaseline_Mean();

		/**
		 * The meta object literal for the '<em><b>Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__DEVIATION = eINSTANCE.getBaseline_Deviation();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.AnomalyImpl <em>Anomaly</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.AnomalyImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getAnomaly()
		 * @generated
		 */
		EClass ANOMALY = eINSTANCE.getAnomaly();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANOMALY__METRIC = eINSTANCE.getAnomaly_Metric();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANOMALY__SEVERITY = eINSTANCE.getAnomaly_Severity();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.PredictionImpl <em>Prediction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.PredictionImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getPrediction()
		 * @generated
		 */
		EClass PREDICTION = eINSTANCE.getPrediction();

		/**
		 * The meta object literal for the '<em><b>Failure Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__FAILURE_MODE = eINSTANCE.getPrediction_FailureMode();

		/**
		 * The meta object literal for the '<em><b>Expected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__EXPECTED_AT = eINSTANCE.getPrediction_ExpectedAt();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__CONFIDENCE = eINSTANCE.getPrediction_Confidence();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.impl.RecommendationImpl
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__RESOURCE = eINSTANCE.getRecommendation_Resource();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__CHANGE = eINSTANCE.getRecommendation_Change();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__SCENARIO = eINSTANCE.getRecommendation_Scenario();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__BEFORE = eINSTANCE.getRecommendation_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__AFTER = eINSTANCE.getRecommendation_After();

		/**
		 * The meta object literal for the '<em><b>Verified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__VERIFIED = eINSTANCE.getRecommendation_Verified();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.DependencyType <em>Dependency Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.DependencyType
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getDependencyType()
		 * @generated
		 */
		EEnum DEPENDENCY_TYPE = eINSTANCE.getDependencyType();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.ElementKind <em>Element Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.ElementKind
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getElementKind()
		 * @generated
		 */
		EEnum ELEMENT_KIND = eINSTANCE.getElementKind();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.ServiceState <em>Service State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.ServiceState
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getServiceState()
		 * @generated
		 */
		EEnum SERVICE_STATE = eINSTANCE.getServiceState();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.TransportProtocol <em>Transport Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.TransportProtocol
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getTransportProtocol()
		 * @generated
		 */
		EEnum TRANSPORT_PROTOCOL = eINSTANCE.getTransportProtocol();

		/**
		 * The meta object literal for the '{@link io.twinbench.model.twin.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.twinbench.model.twin.Severity
		 * @see io.twinbench.model.twin.impl.TwinPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

	}

} //TwinPackage
