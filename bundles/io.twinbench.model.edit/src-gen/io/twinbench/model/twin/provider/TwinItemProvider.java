/**
 */
package io.twinbench.model.twin.provider;


import io.twinbench.model.edit.TwinEditPlugin;

import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.model.twin.TwinPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.twinbench.model.twin.Twin} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TwinItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TwinItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addHostnamePropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addUpdatedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Twin_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Twin_id_feature", "_UI_Twin_type"),
				 TwinPackage.Literals.TWIN__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Twin_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Twin_name_feature", "_UI_Twin_type"),
				 TwinPackage.Literals.TWIN__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hostname feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostnamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Twin_hostname_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Twin_hostname_feature", "_UI_Twin_type"),
				 TwinPackage.Literals.TWIN__HOSTNAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Twin_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Twin_source_feature", "_UI_Twin_type"),
				 TwinPackage.Literals.TWIN__SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Twin_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Twin_created_feature", "_UI_Twin_type"),
				 TwinPackage.Literals.TWIN__CREATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updated feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Twin_updated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Twin_updated_feature", "_UI_Twin_type"),
				 TwinPackage.Literals.TWIN__UPDATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TwinPackage.Literals.TWIN__ELEMENTS);
			childrenFeatures.add(TwinPackage.Literals.TWIN__DEPENDENCIES);
			childrenFeatures.add(TwinPackage.Literals.TWIN__SERIES);
			childrenFeatures.add(TwinPackage.Literals.TWIN__FINDINGS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Twin.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Twin"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Twin)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Twin_type") :
			getString("_UI_Twin_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Twin.class)) {
			case TwinPackage.TWIN__ID:
			case TwinPackage.TWIN__NAME:
			case TwinPackage.TWIN__HOSTNAME:
			case TwinPackage.TWIN__SOURCE:
			case TwinPackage.TWIN__CREATED:
			case TwinPackage.TWIN__UPDATED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TwinPackage.TWIN__ELEMENTS:
			case TwinPackage.TWIN__DEPENDENCIES:
			case TwinPackage.TWIN__SERIES:
			case TwinPackage.TWIN__FINDINGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createEndpoint()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createProcessor()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createMemory()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createDisk()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createFileSystem()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createNetworkInterface()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createOperatingSystem()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createSoftwarePackage()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createService()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createApplication()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createProcess()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createListeningPort()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createConnection()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createUser()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__ELEMENTS,
				 TwinFactory.eINSTANCE.createConfigurationItem()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__DEPENDENCIES,
				 TwinFactory.eINSTANCE.createDependency()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__SERIES,
				 TwinFactory.eINSTANCE.createTelemetrySeriesRef()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__FINDINGS,
				 TwinFactory.eINSTANCE.createBaseline()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__FINDINGS,
				 TwinFactory.eINSTANCE.createAnomaly()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__FINDINGS,
				 TwinFactory.eINSTANCE.createPrediction()));

		newChildDescriptors.add
			(createChildParameter
				(TwinPackage.Literals.TWIN__FINDINGS,
				 TwinFactory.eINSTANCE.createRecommendation()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return TwinEditPlugin.INSTANCE;
	}

}
